import { RECORD_COLLECTIONS, type Dataset } from './schema.ts';
import type { DatasetProblem } from './problems.ts';
import type { DocumentText } from './document-hash.ts';

const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_MARKS = /[\u2018\u2019\u201A\u201B\u2032]/g;

/**
 * Normalises text for the verbatim check: curly and straight quote marks are the same, and any run of
 * white space is one space. Nothing else is forgiven: a changed word or figure fails.
 */
export function normaliseForQuote(text: string): string {
  return normaliseWithOffsets(text).text;
}

/**
 * The one verbatim rule: the quote, normalised, is in the document's text as normaliseForQuote gives it (an
 * empty quote is in no document). The audit and Curate's live check both call it.
 */
export function quoteIn(normalisedDocument: string, quote: string): boolean {
  const q = normaliseForQuote(quote);
  return q.length > 0 && normalisedDocument.includes(q);
}

/** True when the quote is verbatim in a document's text (normalised here). */
export function isVerbatim(documentText: string, quote: string): boolean {
  return quoteIn(normaliseForQuote(documentText), quote);
}

/**
 * The normalisation itself (normaliseForQuote is its text), keeping where each character came from: `at[i]` is the offset in `text` of the
 * normalised text's character i, so a quote found in the normalised text can be marked in the original. Pure.
 */
export function normaliseWithOffsets(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (const m of text.matchAll(/\s+|[^\s]/gu)) {
    const ch = m[0];
    if (/^\s/.test(ch)) {
      // Leading and trailing white space are dropped, as trim() does.
      if (out.length === 0 || m.index + ch.length === text.length) continue;
      out += ' ';
    } else {
      out += ch.replace(DOUBLE_MARKS, '"').replace(SINGLE_MARKS, "'");
    }
    for (let k = at.length; k < out.length; k++) at.push(m.index);
  }
  return { text: out, at };
}

/**
 * Checks each source's document against the dataset: the file is there, it is the very text the quotes
 * were checked against (SHA-256 and length as the source records them), and every quote occurs verbatim
 * in it. `documents` maps a source id to its text and fingerprint (absent when the file could not be
 * read). Pure.
 */
export function checkDocuments(
  file: string,
  data: Dataset,
  documents: Map<string, DocumentText | undefined>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const normalised = new Map<string, string>();
  for (const [id, doc] of documents) if (doc !== undefined) normalised.set(id, normaliseForQuote(doc.text));

  data.sources.forEach((s, i) => {
    const doc = documents.get(s.id);
    const where = `sources[${i}]`;
    if (doc === undefined) {
      problems.push({
        file,
        where,
        recordId: s.id,
        field: 'file',
        message: `document "${s.file}" not found`,
      });
    } else if (doc.sha256 !== s.sha256 || doc.bytes !== s.bytes) {
      problems.push({
        file,
        where,
        recordId: s.id,
        field: 'sha256',
        message:
          `document "${s.file}" is not the text this source's quotes were checked against: the dataset ` +
          `records SHA-256 ${s.sha256.slice(0, 12)}… (${s.bytes} bytes), the file has ` +
          `${doc.sha256.slice(0, 12)}… (${doc.bytes} bytes). If the document changed on purpose, check ` +
          `its quotes again and run npm run sources:hash`,
      });
    }
  });

  const check = (
    where: string,
    recordId: string,
    evidence: { sourceId: string; quote: string }[],
    fieldPrefix = '',
  ) =>
    evidence.forEach((e, j) => {
      const doc = normalised.get(e.sourceId);
      if (doc === undefined) return; // reported above (missing document) or by the integrity check (unknown source)
      if (!quoteIn(doc, e.quote)) {
        problems.push({
          file,
          where,
          recordId,
          field: `${fieldPrefix}evidence[${j}].quote`,
          message: `quote is not verbatim in source "${e.sourceId}": "${e.quote.slice(0, 80)}${e.quote.length > 80 ? '…' : ''}"`,
        });
      }
    });

  data.sources.forEach((s, i) => check(`sources[${i}]`, s.id, s.evidence));
  for (const c of RECORD_COLLECTIONS) data[c].forEach((r, i) => check(`${c}[${i}]`, r.id, r.evidence));
  // Every reading of an ambiguity quotes the words it reads; those quotes are checked like any other.
  data.ambiguities.forEach((a, i) =>
    a.readings.forEach((r, k) => check(`ambiguities[${i}]`, a.id, r.evidence, `readings[${k}].`)),
  );
  return problems;
}
