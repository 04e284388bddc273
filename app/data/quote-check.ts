import { RECORD_COLLECTIONS, type Dataset } from './schema.ts';
import type { DatasetProblem } from './problems.ts';

/**
 * Normalises text for the verbatim check: curly and straight quote marks are the same, and any run of
 * white space is one space. Nothing else is forgiven: a changed word or figure fails.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Checks that every quote occurs verbatim in its document. `documents` maps a source id to its text
 * (absent when the file could not be read). Pure.
 */
export function checkQuotes(
  file: string,
  data: Dataset,
  documents: Map<string, string | undefined>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const normalised = new Map<string, string>();
  for (const [id, text] of documents) if (text !== undefined) normalised.set(id, normaliseForQuote(text));

  data.sources.forEach((s, i) => {
    if (documents.get(s.id) === undefined) {
      problems.push({
        file,
        where: `sources[${i}]`,
        recordId: s.id,
        field: 'file',
        message: `document "${s.file}" not found`,
      });
    }
  });

  const check = (where: string, recordId: string, evidence: { sourceId: string; quote: string }[]) =>
    evidence.forEach((e, j) => {
      const doc = normalised.get(e.sourceId);
      if (doc === undefined) return; // reported above (missing document) or by the integrity check (unknown source)
      if (!doc.includes(normaliseForQuote(e.quote))) {
        problems.push({
          file,
          where,
          recordId,
          field: `evidence[${j}].quote`,
          message: `quote is not verbatim in source "${e.sourceId}": "${e.quote.slice(0, 80)}${e.quote.length > 80 ? '…' : ''}"`,
        });
      }
    });

  data.sources.forEach((s, i) => check(`sources[${i}]`, s.id, s.evidence));
  for (const c of RECORD_COLLECTIONS) data[c].forEach((r, i) => check(`${c}[${i}]`, r.id, r.evidence));
  return problems;
}
