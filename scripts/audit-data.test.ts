import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../app/data/document-hash.ts';
import { RECORD_COLLECTIONS } from '../app/data/schema.ts';

const root = resolve(import.meta.dirname, '..');
const shippedPath = join(root, 'data/dataset.json');

// The documents folder and requirement are given per test, never inherited from the shell (.ci/run).
const { REQUIRE_DOCUMENTS: _r, SEEDS_DIR: _s, ...inherited } = process.env;

function runAudit(args: string[], env: Record<string, string> = {}): { code: number; output: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/audit-data.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...inherited, ...env },
    });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

/**
 * A self-contained copy of the shipped dataset with stand-in documents (each source's document is its
 * quotes, one per paragraph) and the fingerprints of those documents, so the document checks run the same
 * on a clone without the real documents. `mutate` then alters the dataset or the documents.
 */
async function workspace(
  mutate: (d: any, docs: Map<string, string>) => void = () => {},
): Promise<{ data: string; seeds: string }> {
  const d = JSON.parse(readFileSync(shippedPath, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  const docs = new Map<string, string>();
  for (const s of d.sources) {
    // Records' quotes and the quotes of every reading of an ambiguity (the audit checks both).
    const readings = (d.ambiguities ?? []).flatMap((a: any) => a.readings);
    const quotes = [s, ...RECORD_COLLECTIONS.flatMap((c) => d[c]), ...readings]
      .flatMap((r: any) => r.evidence)
      .filter((e: any) => e.sourceId === s.id)
      .map((e: any) => e.quote);
    const text = `${quotes.join('\n\n')}\n`;
    Object.assign(s, await fingerprint(text));
    docs.set(s.file, text);
  }
  mutate(d, docs);
  for (const [name, text] of docs) writeFileSync(join(seeds, name), text);
  const data = join(dir, 'dataset.json');
  writeFileSync(data, JSON.stringify(d));
  return { data, seeds };
}

describe('npm run audit:data', () => {
  it('passes on the shipped dataset', () => {
    const r = runAudit(['--data', shippedPath]);
    expect(r.output).toMatch(/Dataset audit passed/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('checks every document and quote when the documents folder is there', async () => {
    const w = await workspace();
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/5 documents match their SHA-256 and length; \d+ quotes found verbatim/);
  }, 60_000);

  it('without the documents folder passes but says plainly that quotes were not checked, and why', () => {
    const r = runAudit(['--data', shippedPath, '--seeds', join(tmpdir(), 'no-such-documents-folder')]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('Dataset audit passed WITHOUT the documents');
    expect(r.output).toMatch(
      /Quotes NOT checked: the documents folder .*no-such-documents-folder is not there/,
    );
  }, 60_000);

  it('fails without the documents folder when the documents are required (REQUIRE_DOCUMENTS=1)', () => {
    const r = runAudit(['--data', shippedPath, '--seeds', join(tmpdir(), 'no-such-documents-folder')], {
      REQUIRE_DOCUMENTS: '1',
    });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/documents are required \(REQUIRE_DOCUMENTS=1\) but the documents folder/);
  }, 60_000);

  it('fails on an altered document, naming the source and its file', async () => {
    let file = '';
    const w = await workspace((d, docs) => {
      file = d.sources[2].file;
      // A word added between two quotes: every quote still matches, the text is not the one checked.
      docs.set(file, docs.get(file)!.replace('\n\n', '\n\nedited\n\n'));
    });
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`sources[2] (doc-002) › sha256: document "${file}" is not the text`);
    expect(r.output).toContain('1 problem');
  }, 60_000);

  it('refuses a javascript: or data:text/html source link, naming file, record and field', async () => {
    const w = await workspace((d) => {
      d.sources[0].url = 'javascript:alert(1)';
      d.sources[1].url = 'data:text/html,<script>alert(1)</script>';
    });
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/sources\[0\] \([^)]+\) › url: only http: or https: links are accepted/);
    expect(r.output).toMatch(/sources\[1\] \([^)]+\) › url: only http: or https: links are accepted/);
  }, 60_000);

  it('fails on a quote altered by one figure, naming file, record and field', async () => {
    let id = '';
    const w = await workspace((d) => {
      const rec = d.tariffMeasures[0];
      id = rec.id;
      rec.evidence[0].quote = rec.evidence[0].quote.replace(/\d+/, (n: string) => String(Number(n) + 1));
    });
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`tariffMeasures[0] (${id}) › evidence[0].quote: quote is not verbatim`);
  }, 60_000);

  it('fails on a reference that does not resolve', async () => {
    const w = await workspace((d) => d.events[0].partyIds.push('atlantis'));
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/events\[0\] \(.+\) › partyIds: refers to "atlantis", which is not an actor/);
  }, 60_000);

  it('fails on an impossible date', async () => {
    const w = await workspace((d) => (d.metrics[0].period.start = '2025-02-29'));
    const r = runAudit(['--data', w.data, '--seeds', w.seeds]);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/metrics\[0\] \(.+\) › period\.start: not a real calendar date/);
  }, 60_000);
});
