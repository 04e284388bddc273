import { normaliseForQuote, normaliseWithOffsets } from '../../data/quote-check.ts';
import { RECORD_COLLECTIONS, type Dataset } from '../../data/schema.ts';

/** One quote a record takes from a document. */
export interface QuoteRef {
  recordId: string;
  quote: string;
}

/** A run of the document's text: plain, or covered by one or more quotes (indexes into the quotes given). */
export interface TextSegment {
  text: string;
  quotes: number[];
}

export interface Highlights {
  segments: TextSegment[];
  /** Indexes of the quotes found in the text (each marked once, where it first occurs). */
  found: number[];
  /** Quotes not (or no longer) verbatim in the text: listed, never dropped. */
  broken: QuoteRef[];
}

/** Every quote the dataset's records take from a source, in collection order. Pure. */
export function quotesOfSource(data: Dataset, sourceId: string): QuoteRef[] {
  return RECORD_COLLECTIONS.flatMap((c) =>
    data[c].flatMap((r) =>
      r.evidence.filter((e) => e.sourceId === sourceId).map((e) => ({ recordId: r.id, quote: e.quote })),
    ),
  );
}

/**
 * Splits a document's text into runs for display, each quote found verbatim (after the audit's normalisation:
 * curly quote marks and white space forgiven, nothing else) marked where it first occurs. Overlapping quotes
 * split the text at every boundary, so a run lists every quote covering it. Pure.
 */
export function computeHighlights(text: string, quotes: readonly QuoteRef[]): Highlights {
  const norm = normaliseWithOffsets(text);
  const ranges: { start: number; end: number; q: number }[] = [];
  const broken: QuoteRef[] = [];
  const found: number[] = [];
  quotes.forEach((ref, q) => {
    const needle = normaliseForQuote(ref.quote);
    const i = needle.length === 0 ? -1 : norm.text.indexOf(needle);
    if (i === -1) {
      broken.push(ref);
      return;
    }
    found.push(q);
    const last = i + needle.length - 1;
    ranges.push({ start: norm.at[i]!, end: norm.at[last]! + charLength(text, norm.at[last]!), q });
  });

  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const covering = ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.q);
    const prev = segments.at(-1);
    if (prev && covering.length === 0 && prev.quotes.length === 0) prev.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), quotes: covering });
  }
  return { segments, found, broken };
}

function charLength(text: string, at: number): number {
  const code = text.codePointAt(at) ?? 0;
  return code > 0xffff ? 2 : 1;
}
