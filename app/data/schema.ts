import { z } from 'zod';
import { ISO_DATE, isRealDate } from '../lib/dates.ts';

// The build's Content-Security-Policy forbids eval: zod's compiled fast path (new Function) is turned off
// so parsing never tries it (and never raises a policy violation).
z.config({ jitless: true });

/**
 * The single definition of the dataset. Types are inferred from these schemas and the JSON Schema in
 * data/dataset.schema.json is generated from them (npm run schema:write); a unit test fails when it is stale.
 * Optional text and optional lists are never empty (absent means "not given"), so the flat CSVs, where an
 * empty cell is the only way to write "absent", read back exactly what was written.
 */

export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)')
  .describe('Stable identifier, unique across the whole dataset');

/** An ISO calendar date (YYYY-MM-DD) that must exist on the calendar. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'dates are written YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** How precisely a document pins a date down; coarse dates are drawn as spans, never as fake exact days. */
export const datePrecision = z.enum([
  'day',
  'days',
  'week',
  'part-of-month',
  'month',
  'months',
  'season',
  'year',
]);

/**
 * A date as a document gives it: the span it covers, its precision, and whether the curator inferred it
 * (a relative phrase resolved, a year the document leaves out) with the reason.
 */
export const fuzzyDate = z
  .object({
    start: isoDate.describe('First day the date can denote'),
    end: isoDate.describe('Last day the date can denote (equal to start for an exact day)'),
    precision: datePrecision,
    label: z.string().min(1).max(80).describe('How the date reads to a user, e.g. "early Oct 2025"'),
    inferred: z.boolean().describe('True when the curator derived the date rather than reading it off'),
    reasoning: z
      .string()
      .min(1)
      .max(600)
      .optional()
      .describe('Why the curator resolved it this way (required when inferred)'),
  })
  .refine((d) => d.start <= d.end, { message: 'end is before start', path: ['end'] })
  .refine((d) => !d.inferred || (d.reasoning !== undefined && d.reasoning.length > 0), {
    message: 'an inferred date needs its reasoning',
    path: ['reasoning'],
  });

/** A verbatim quote (≤ 300 characters) from a named document that states the record. */
export const evidence = z.object({
  sourceId: id.describe('The source document the quote is taken from'),
  quote: z.string().min(3).max(300).describe('Verbatim text from the document; the audit checks it'),
});

/**
 * A curator's note shown in the UI: an inference, an ambiguity, a conflict between documents, context, or
 * `outside`: knowledge from outside the five documents, shown as "Not from these documents". An outside note
 * informs the reader; it never decides a value or a default reading.
 */
export const noteKind = z.enum(['inferred', 'ambiguous', 'conflict', 'context', 'outside']);
export const curatorNote = z.object({
  kind: noteKind,
  text: z.string().min(3).max(800),
  relatedIds: z
    .array(id)
    .min(1)
    .optional()
    .describe('Other records the note concerns (e.g. the conflicting one)'),
});

const baseRecord = {
  id,
  evidence: z.array(evidence).min(1).describe('At least one verbatim quote stating the record'),
  notes: z.array(curatorNote).default([]).describe('Inferences, ambiguities and conflicts to show the user'),
};

export const sourceKind = z.enum(['opinion', 'analysis', 'report', 'commentary']);

/** One curated document from ../shared/seeds. */
/**
 * A link offered to the user: http: or https: only, so a dataset can never put `javascript:` or
 * `data:text/html` behind a link (the audit and the workspace importer both read through this schema).
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'only http: or https: links are accepted (no javascript:, data: or other schemes)',
});

export const source = z.object({
  id,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'file is a seed file name such as 000_x.txt'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lower-case hex digits (npm run sources:hash writes it)')
    .describe('SHA-256 of the document file the quotes were checked against (npm run sources:hash)'),
  bytes: z
    .number()
    .int()
    .positive()
    .describe('Length in bytes of the document file the quotes were checked against'),
  title: z.string().min(1),
  author: z.string().min(1).optional().describe('Author as the document gives it; absent when it names none'),
  publisher: z.string().min(1).optional(),
  published: fuzzyDate,
  url: webUrl.optional().describe('Only a URL the document itself gives (http: or https: only)'),
  kind: sourceKind,
  language: z.string().describe('e.g. "English (translated)"'),
  evidence: z
    .array(evidence)
    .default([])
    .describe('Quotes for title, author or date where the document states them'),
  notes: z.array(curatorNote).default([]),
});

export const actorKind = z.enum(['country', 'person', 'organisation', 'group']);

/** A country, person or organisation, with the names the documents use for it. */
export const actor = z.object({
  ...baseRecord,
  name: z.string().min(1),
  shortName: z.string().min(1).max(12).describe('Compact label for lanes and legends, e.g. "US"'),
  kind: actorKind,
  countryId: id.optional().describe('For a person: the country they act for'),
  role: z.string().min(1).optional(),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Names the documents use, including indirect ones'),
});

/** What a rate measures. Rates of different basis are never joined into one line. */
export const tariffBasis = z.enum(['headline', 'average', 'unspecified']);

/** Lifecycle of a measure: threatened → announced → in-force → suspended → lifted / expired; proposed stays proposed. */
export const measureStatus = z.enum([
  'threatened',
  'proposed',
  'announced',
  'in-force',
  'suspended',
  'lifted',
  'expired',
]);

/**
 * A curator's choice: this record is a turning point of the story, written on the escalation chart with a short
 * label. Words only, or numbers the record's own quotes state (the integrity check enforces it).
 */
export const turningPoint = z.object({
  label: z.string().min(2).max(40).describe('Short label written on the chart, e.g. "London talks"'),
});

/** A tariff rate one actor applies (or threatens, or proposes) on another's goods. */
export const tariffMeasure = z.object({
  ...baseRecord,
  imposerId: id,
  targetId: id,
  rate: z.number().min(0).max(1000).describe('Percent, as stated'),
  basis: tariffBasis,
  status: measureStatus,
  date: fuzzyDate.describe('When the rate applies (or was to apply)'),
  label: z.string().min(1).max(120),
  turningPoint: turningPoint.optional(),
  replacesId: id.optional().describe('The measure this rate replaces (for before/after comparisons)'),
});

export const tradeMeasureKind = z.enum(['sanction', 'export-control']);

/** Terms that limit a measure in time: a suspension for a year, an annual review, a window ending on a date. */
export const timeTerms = z.object({
  description: z.string().min(1).max(300),
  durationDays: z.number().int().positive().optional(),
  endsOn: isoDate.optional(),
  reviewEveryDays: z.number().int().positive().optional(),
});

/** A sanction or export control. */
export const tradeMeasure = z.object({
  ...baseRecord,
  kind: tradeMeasureKind,
  imposerId: id,
  targetId: id,
  sector: z.string().min(1).max(80),
  title: z.string().min(1).max(120),
  turningPoint: turningPoint.optional(),
  description: z.string().min(1).max(500),
  status: measureStatus,
  date: fuzzyDate,
  terms: timeTerms.optional(),
  relatedIds: z.array(id).default([]),
});

export const eventKind = z.enum([
  'meeting',
  'call',
  'visit',
  'negotiation',
  'summit',
  'statement',
  'election',
]);
export const eventStatus = z.enum(['held', 'planned', 'cancelled', 'collapsed', 'proposed']);

/** One side's concession or gain in a round. */
export const concession = z.object({
  actorId: id,
  gave: z.array(z.string().min(1).max(200)).default([]),
  obtained: z.array(z.string().min(1).max(200)).default([]),
});

/** A meeting, call, visit, negotiation round, summit, statement or cancellation. */
export const diplomaticEvent = z.object({
  ...baseRecord,
  kind: eventKind,
  status: eventStatus,
  title: z.string().min(1).max(120),
  turningPoint: turningPoint.optional(),
  date: fuzzyDate,
  partyIds: z.array(id).min(1),
  venue: z.string().min(1).optional(),
  durationDays: z.number().positive().optional(),
  outcome: z.string().min(1).max(500).optional(),
  concessions: z.array(concession).default([]),
  ratesBeforeIds: z.array(id).default([]).describe('Tariff measures in force before the round'),
  ratesAfterIds: z.array(id).default([]).describe('Tariff measures agreed or in force after it'),
  heldUntil: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe('How long the result held, as the documents tell it'),
  cancelsId: id.optional().describe('For a cancellation: the event it cancels'),
  relatedIds: z.array(id).default([]),
});

/** A trade, energy or other figure with its unit, period and what it measures. */
export const metric = z.object({
  ...baseRecord,
  label: z.string().min(1).max(120),
  value: z.number().min(-1e15).max(1e15),
  unit: z.enum(['usd', 'barrels-per-day', 'percent', 'people', 'rank', 'count']),
  comparator: z.enum(['=', '<', '>', '≈']).default('='),
  period: fuzzyDate,
  measures: z.string().min(1).max(300).describe('What exactly the figure measures'),
  subjectIds: z.array(id).min(1),
  series: z
    .string()
    .min(1)
    .optional()
    .describe('Metrics sharing a series id are comparable points of one series'),
});

/** An author's assessment or forecast: attributed, never shown as an event. */
export const claim = z.object({
  ...baseRecord,
  kind: z.enum(['assessment', 'forecast', 'statement']),
  claimant: z.string().min(1).describe('Who makes the claim (the author, or a person the document quotes)'),
  text: z.string().min(1).max(400).describe('Neutral summary of the claim'),
  aboutIds: z.array(id).default([]),
  date: fuzzyDate.optional(),
});

/** One step of a scenario path: from its date the imposer applies this rate. */
export const scenarioStep = z.object({
  date: isoDate,
  imposerId: id,
  targetId: id,
  rate: z.number().min(0).max(1000),
  basis: tariffBasis,
  label: z.string().min(1).max(120),
});

/** A what-if preset, defined as data with its rationale and quotes. */
export const scenarioPreset = z.object({
  ...baseRecord,
  title: z.string().min(1).max(80),
  rationale: z.string().min(1).max(500),
  steps: z.array(scenarioStep).min(1),
  basedOnIds: z.array(id).default([]),
});

/**
 * What one reading of an ambiguous statement makes of one record: each field given replaces the record's own
 * value under that reading. The record stores a value every reading allows (for a date: a span covering every
 * reading's; for a rate: one of them), so a view that knows nothing of readings still shows no false fact.
 */
export const readingValue = z
  .object({
    recordId: id.describe('The record this reading gives values to'),
    rate: z.number().min(0).max(1000).optional().describe('Percent, as the reading reads the quote'),
    basis: tariffBasis.optional(),
    imposerId: id.optional(),
    targetId: id.optional(),
    status: measureStatus.optional(),
    date: fuzzyDate.optional().describe("The date (or a metric's period) under this reading"),
    terms: timeTerms.optional().describe("Replaces the record's terms under this reading"),
    claimant: z.string().min(1).max(200).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'recordId'), {
    message: 'a reading value sets at least one field besides recordId',
  });

/** One reading of an ambiguous statement: its values, the reasoning behind it and the quotes it reads. */
export const reading = z.object({
  id: z.string().regex(/^[a-z]$/, 'a reading id is one lower-case letter (a, b, …); links carry it'),
  label: z
    .string()
    .min(1)
    .max(80)
    .describe('Short name shown in the Readings control, e.g. "US 10%, China 30%"'),
  reasoning: z.string().min(3).max(800).describe('Why the text can be read this way'),
  evidence: z
    .array(evidence)
    .min(1)
    .describe('The quotes this reading reads (verbatim; the audit checks them)'),
  values: z.array(readingValue).min(1),
});

/**
 * An ambiguous statement (about one record or a group of records) with two or more readings. No reading is
 * the default: every view shows all of them until the analyst picks one in the Readings control.
 */
export const ambiguity = z.object({
  id,
  title: z
    .string()
    .min(1)
    .max(80)
    .describe('What is open, e.g. "Summer 2025: which side has 10%, which 30%"'),
  statement: z.string().min(1).max(300).describe('The ambiguous words as the document gives them'),
  readings: z.array(reading).min(2),
  notes: z.array(curatorNote).default([]),
});

/** The whole dataset file. */
export const dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  datasetVersion: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/, 'datasetVersion is YYYY-MM-DD or YYYY-MM-DD.N'),
  title: z.string(),
  sources: z.array(source).min(1),
  actors: z.array(actor),
  tariffMeasures: z.array(tariffMeasure),
  tradeMeasures: z.array(tradeMeasure),
  events: z.array(diplomaticEvent),
  metrics: z.array(metric),
  claims: z.array(claim),
  scenarios: z.array(scenarioPreset),
  ambiguities: z
    .array(ambiguity)
    .default([])
    .describe('Ambiguous statements with their readings; the app computes with each reading'),
});

export type FuzzyDate = z.infer<typeof fuzzyDate>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type Evidence = z.infer<typeof evidence>;
export type CuratorNote = z.infer<typeof curatorNote>;
export type Source = z.infer<typeof source>;
export type Actor = z.infer<typeof actor>;
export type TariffBasis = z.infer<typeof tariffBasis>;
export type MeasureStatus = z.infer<typeof measureStatus>;
export type TariffMeasure = z.infer<typeof tariffMeasure>;
export type TradeMeasure = z.infer<typeof tradeMeasure>;
export type TimeTerms = z.infer<typeof timeTerms>;
export type DiplomaticEvent = z.infer<typeof diplomaticEvent>;
export type EventKind = z.infer<typeof eventKind>;
export type EventStatus = z.infer<typeof eventStatus>;
export type Metric = z.infer<typeof metric>;
export type Claim = z.infer<typeof claim>;
export type ScenarioStep = z.infer<typeof scenarioStep>;
export type ScenarioPreset = z.infer<typeof scenarioPreset>;
export type Dataset = z.infer<typeof dataset>;
export type NoteKind = z.infer<typeof noteKind>;
export type ReadingValue = z.infer<typeof readingValue>;
/** The record fields a reading can set (one list: the readings check and the values under readings use it). */
export type ReadingField = Exclude<keyof ReadingValue, 'recordId'>;
export const READING_FIELDS = [
  'rate',
  'basis',
  'imposerId',
  'targetId',
  'status',
  'date',
  'terms',
  'claimant',
] as const satisfies readonly ReadingField[];
export type Reading = z.infer<typeof reading>;
export type Ambiguity = z.infer<typeof ambiguity>;
export type TurningPoint = z.infer<typeof turningPoint>;

/** The collections that hold evidence-bearing records, in the order the audit walks them. */
export const RECORD_COLLECTIONS = [
  'actors',
  'tariffMeasures',
  'tradeMeasures',
  'events',
  'metrics',
  'claims',
  'scenarios',
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
