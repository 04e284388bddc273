import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentText } from './document-hash.ts';
import { checkDocuments, normaliseForQuote, normaliseWithOffsets } from './quote-check.ts';
import type { Dataset } from './schema.ts';
import { makeDataset } from './test-factories.ts';

const doc = 'Trump said there are “not many serious differences” between\n the two.';

async function load(text: string): Promise<DocumentText> {
  return readDocument(new TextEncoder().encode(text));
}

/** A dataset whose source records the fingerprint of `text`, as npm run sources:hash writes it. */
async function datasetCheckedAgainst(text: string, quote: string): Promise<Dataset> {
  const d = makeDataset({ quote });
  const { sha256, bytes } = await load(text);
  d.sources = d.sources.map((s) => ({ ...s, sha256, bytes }));
  return d;
}

describe('document and quote check', () => {
  const quote = 'there are "not many serious differences" between the two';

  it('forgives curly quotes and line breaks, nothing else', () => {
    expect(normaliseForQuote(doc)).toContain('"not many serious differences" between the two');
  });

  it('fingerprints a document by the SHA-256 and length of its UTF-8 bytes', async () => {
    const f = await load('abc');
    expect(f).toMatchObject({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      bytes: 3,
    });
    // A curly quote is three bytes, not one character.
    expect((await load('“')).bytes).toBe(3);
  });

  it('passes a verbatim quote and fails an altered one, naming record and field', async () => {
    const ok = await datasetCheckedAgainst(doc, quote);
    expect(checkDocuments('data/dataset.json', ok, new Map([['src-a', await load(doc)]]))).toEqual([]);

    const altered = await datasetCheckedAgainst(doc, quote.replace('two', 'three'));
    const problems = checkDocuments('data/dataset.json', altered, new Map([['src-a', await load(doc)]]));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.find((p) => p.recordId === 'tm-a')).toMatchObject({
      recordId: 'tm-a',
      field: 'evidence[0].quote',
      where: 'tariffMeasures[0]',
    });
  });

  it('fails a document that is not the text the quotes were checked against, naming the source', async () => {
    const data = await datasetCheckedAgainst(doc, quote);
    // One word changed outside every quote: the quotes still match, the hash does not.
    const edited = await load(doc.replace('Trump said', 'Trump told reporters'));
    const problems = checkDocuments('data/dataset.json', data, new Map([['src-a', edited]]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'sources[0]', recordId: 'src-a', field: 'sha256' });
    expect(problems[0]?.message).toContain('document "a.txt" is not the text');
    expect(problems[0]?.message).toContain(`(${Buffer.byteLength(doc)} bytes)`);
  });

  it('fails a document with the same length but one byte changed', async () => {
    const data = await datasetCheckedAgainst(doc, quote);
    const edited = await load(doc.replace('Trump', 'Tramp'));
    const problems = checkDocuments('data/dataset.json', data, new Map([['src-a', edited]]));
    expect(problems.map((p) => p.field)).toEqual(['sha256']);
  });

  it('reports a missing document file', () => {
    const problems = checkDocuments('data/dataset.json', makeDataset({}), new Map([['src-a', undefined]]));
    expect(problems[0]?.message).toMatch(/not found/);
  });
});

describe('normaliseWithOffsets', () => {
  it('forgives only quote marks and white space, each character pointing back to where it came from', () => {
    const text = '  He said \u201Cno\u201D,\r\n\tthen \u2018left\u2019.  ';
    const n = normaliseWithOffsets(text);
    expect(n.text).toBe('He said "no", then \'left\'.');
    expect(n.at).toHaveLength(n.text.length);
    expect(text[n.at[n.text.indexOf('then')]!]).toBe('t');
    expect(text[n.at[n.text.indexOf('"')]!]).toBe('\u201C');
  });
});
