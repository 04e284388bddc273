import {
  actorKind,
  datePrecision,
  eventKind,
  eventStatus,
  measureStatus,
  metric,
  noteKind,
  sourceKind,
  tariffBasis,
  tradeMeasureKind,
  claim,
} from '../data/schema.ts';

/**
 * The columns of the flat CSVs, one definition per field of the schema: the encoder, the decoder, the
 * error locations and README.txt are all generated from these, so a column cannot be written one way and
 * read or documented another.
 */

export type ScalarKind = 'text' | 'number' | 'boolean' | 'ids';

export interface ScalarField {
  kind: ScalarKind;
  /** The schema key ('' for the items of a list of plain values). */
  key: string;
  /** Column name when it is not the key in snake_case ('' to use the prefix alone, as quote_1 does). */
  column?: string;
  optional?: boolean;
  values?: readonly string[];
  doc: string;
}

export interface GroupField {
  kind: 'group';
  key: string;
  column?: string;
  optional?: boolean;
  fields: Field[];
  doc: string;
}

/** A list written as numbered column groups (quote_1, quote_2, …), so each record stays on one row. */
export interface ListField {
  kind: 'list';
  key: string;
  /** Singular prefix of the numbered columns, e.g. "quote" → quote_1_source, quote_1. */
  column: string;
  fields: Field[];
  doc: string;
}

export type Field = ScalarField | GroupField | ListField;

const text = (key: string, doc: string, extra: Partial<ScalarField> = {}): ScalarField => ({
  kind: 'text',
  key,
  doc,
  ...extra,
});
const optText = (key: string, doc: string, extra: Partial<ScalarField> = {}) =>
  text(key, doc, { optional: true, ...extra });
const choice = (key: string, values: readonly string[], doc: string, optional = false): ScalarField => ({
  kind: 'text',
  key,
  values,
  doc,
  optional,
});
const num = (key: string, doc: string, optional = false): ScalarField => ({
  kind: 'number',
  key,
  doc,
  optional,
});
const ids = (key: string, doc: string, optional = false): ScalarField => ({
  kind: 'ids',
  key,
  doc,
  optional,
});

const date = (key: string, doc: string, optional = false): GroupField => ({
  kind: 'group',
  key,
  optional,
  doc: `${doc}${optional ? ' (leave every column of the group empty when there is none)' : ''}`,
  fields: [
    text('start', 'first day the date can denote, YYYY-MM-DD'),
    text('end', 'last day it can denote, YYYY-MM-DD (the same as start for an exact day)'),
    choice('precision', datePrecision.options, 'how precisely the document pins it down'),
    text('label', 'how the date reads, e.g. "early Oct 2025"'),
    { kind: 'boolean', key: 'inferred', doc: 'true when the curator derived the date, false when read off' },
    optText('reasoning', 'why the date was resolved this way (required when inferred is true)'),
  ],
});

const terms = (key = 'terms'): GroupField => ({
  kind: 'group',
  key,
  optional: true,
  doc: 'terms limiting the measure in time (all empty when there are none)',
  fields: [
    text('description', 'the terms as the documents give them'),
    num('durationDays', 'how many days they last', true),
    optText('endsOn', 'the day they end, YYYY-MM-DD'),
    num('reviewEveryDays', 'days between reviews', true),
  ],
});

const turningPoint: GroupField = {
  kind: 'group',
  key: 'turningPoint',
  optional: true,
  doc: 'a turning point written on the escalation chart (empty when the record is not one)',
  fields: [text('label', 'short label on the chart: words, or numbers its quotes state')],
};

const evidence: ListField = {
  kind: 'list',
  key: 'evidence',
  column: 'quote',
  doc: 'the verbatim quotes stating the record: quote_N is the text, quote_N_source the source id',
  fields: [
    text('sourceId', 'id of the source document (sources.csv)', { column: 'source' }),
    text('quote', 'verbatim text from the document (3 to 300 characters)', { column: '' }),
  ],
};

const notes: ListField = {
  kind: 'list',
  key: 'notes',
  column: 'note',
  doc: "the curator's notes shown with the record",
  fields: [
    choice('kind', noteKind.options, 'what the note is'),
    text('text', 'the note'),
    ids('relatedIds', 'ids of other records it concerns, separated by spaces', true),
  ],
};

const imposerTarget = [
  text('imposerId', 'id of the actor applying it (actors.csv)'),
  text('targetId', 'id of the actor whose goods or firms it targets'),
];

export interface CollectionColumns {
  file: string;
  /** The dataset key, or the child table's own name (readings). */
  collection: string;
  doc: string;
  fields: Field[];
}

/** One file per collection, in the order the zip and README list them. */
export const FLAT_FILES: readonly CollectionColumns[] = [
  {
    file: 'dataset.csv',
    collection: 'dataset',
    doc: 'One row: which dataset this is. Present in a full set; without it, imported files are added to the data already loaded.',
    fields: [
      num('schemaVersion', 'version of the dataset format (1)'),
      text('datasetVersion', 'YYYY-MM-DD or YYYY-MM-DD.N'),
      text('title', 'title of the dataset'),
    ],
  },
  {
    file: 'sources.csv',
    collection: 'sources',
    doc: 'The documents the records quote.',
    fields: [
      text('id', 'stable id, lower-case kebab-case'),
      text('file', 'document file name, e.g. 000_x.txt'),
      text('sha256', 'SHA-256 of the document file (npm run sources:hash)'),
      num('bytes', 'length of the document file in bytes'),
      text('title', 'title'),
      optText('author', 'author, as the document gives it'),
      optText('publisher', 'publisher'),
      date('published', 'publication date'),
      optText('url', 'a URL the document itself gives'),
      choice('kind', sourceKind.options, 'kind of document'),
      text('language', 'e.g. "English (translated)"'),
      evidence,
      notes,
    ],
  },
  {
    file: 'actors.csv',
    collection: 'actors',
    doc: 'Countries, people, organisations and groups.',
    fields: [
      text('id', 'stable id'),
      text('name', 'name'),
      text('shortName', 'label for lanes and legends, at most 12 characters'),
      choice('kind', actorKind.options, 'kind of actor'),
      optText('countryId', 'for a person: id of the country they act for'),
      optText('role', 'role'),
      {
        kind: 'list',
        key: 'aliases',
        column: 'alias',
        doc: 'names the documents use for the actor, one per column',
        fields: [text('', 'a name')],
      },
      evidence,
      notes,
    ],
  },
  {
    file: 'tariff-measures.csv',
    collection: 'tariffMeasures',
    doc: 'Tariff rates, one row per rate.',
    fields: [
      text('id', 'stable id'),
      ...imposerTarget,
      num('rate', 'percent, as stated (a number: 145, not 145%)'),
      choice('basis', tariffBasis.options, 'what the rate measures'),
      choice('status', measureStatus.options, 'where the rate stands'),
      text('label', 'short label'),
      turningPoint,
      optText('replacesId', 'id of the rate this one replaces'),
      date('date', 'when the rate applies (or was to apply)'),
      evidence,
      notes,
    ],
  },
  {
    file: 'trade-measures.csv',
    collection: 'tradeMeasures',
    doc: 'Sanctions and export controls.',
    fields: [
      text('id', 'stable id'),
      choice('kind', tradeMeasureKind.options, 'kind of measure'),
      ...imposerTarget,
      text('sector', 'sector'),
      text('title', 'title'),
      turningPoint,
      text('description', 'description'),
      choice('status', measureStatus.options, 'where it stands'),
      date('date', 'when it applies'),
      terms(),
      ids('relatedIds', 'ids of related records, separated by spaces'),
      evidence,
      notes,
    ],
  },
  {
    file: 'events.csv',
    collection: 'events',
    doc: 'Meetings, calls, visits, negotiation rounds, summits, statements.',
    fields: [
      text('id', 'stable id'),
      choice('kind', eventKind.options, 'kind of event'),
      choice('status', eventStatus.options, 'whether it was held'),
      text('title', 'title'),
      turningPoint,
      date('date', 'when'),
      ids('partyIds', 'ids of the actors taking part, separated by spaces'),
      optText('venue', 'where'),
      num('durationDays', 'how many days it lasted', true),
      optText('outcome', 'outcome'),
      {
        kind: 'list',
        key: 'concessions',
        column: 'concession',
        doc: "one side's concessions and gains: concession_N_actor_id, then concession_N_gave_M and concession_N_obtained_M, one item per column",
        fields: [
          text('actorId', 'id of the side'),
          { kind: 'list', key: 'gave', column: 'gave', doc: 'what it gave', fields: [text('', 'one item')] },
          {
            kind: 'list',
            key: 'obtained',
            column: 'obtained',
            doc: 'what it obtained',
            fields: [text('', 'one item')],
          },
        ],
      },
      ids('ratesBeforeIds', 'ids of tariff rates in force before the round'),
      ids('ratesAfterIds', 'ids of tariff rates agreed or in force after it'),
      optText('heldUntil', 'how long the result held, as the documents tell it'),
      optText('cancelsId', 'for a cancellation: id of the event it cancels'),
      ids('relatedIds', 'ids of related records'),
      evidence,
      notes,
    ],
  },
  {
    file: 'metrics.csv',
    collection: 'metrics',
    doc: 'Trade, energy and other figures.',
    fields: [
      text('id', 'stable id'),
      text('label', 'label'),
      num('value', 'the figure, as a plain number'),
      choice('unit', metric.shape.unit.options, 'unit'),
      choice(
        'comparator',
        ['=', '<', '>', '≈'],
        'whether the document gives it as exact, below, above or about',
      ),
      date('period', 'the period it covers'),
      text('measures', 'what exactly it measures'),
      ids('subjectIds', 'ids of the actors it is about'),
      optText('series', 'metrics sharing a series are points of one series'),
      evidence,
      notes,
    ],
  },
  {
    file: 'claims.csv',
    collection: 'claims',
    doc: "Authors' assessments and forecasts, attributed.",
    fields: [
      text('id', 'stable id'),
      choice('kind', claim.shape.kind.options, 'kind of claim'),
      text('claimant', 'who makes it'),
      text('text', 'neutral summary'),
      ids('aboutIds', 'ids of what it is about'),
      date('date', 'when it was made or what it is about', true),
      evidence,
      notes,
    ],
  },
  {
    file: 'scenarios.csv',
    collection: 'scenarios',
    doc: 'What-if presets: step_N_… are the steps of the path.',
    fields: [
      text('id', 'stable id'),
      text('title', 'title'),
      text('rationale', 'rationale'),
      {
        kind: 'list',
        key: 'steps',
        column: 'step',
        doc: 'from step_N_date the imposer applies step_N_rate',
        fields: [
          text('date', 'YYYY-MM-DD'),
          ...imposerTarget,
          num('rate', 'percent'),
          choice('basis', tariffBasis.options, 'what the rate measures'),
          text('label', 'label'),
        ],
      },
      ids('basedOnIds', 'ids of the records it is based on'),
      evidence,
      notes,
    ],
  },
  {
    file: 'ambiguities.csv',
    collection: 'ambiguities',
    doc: 'Ambiguous statements; their readings are in readings.csv (the two files travel together).',
    fields: [
      text('id', 'stable id'),
      text('title', 'what is open'),
      text('statement', 'the ambiguous words as the document gives them'),
      notes,
    ],
  },
  {
    file: 'readings.csv',
    collection: 'readings',
    doc: 'One row per reading of an ambiguity, in order; value_N_… are the values that reading gives to records.',
    fields: [
      text('ambiguityId', 'id of the ambiguity (ambiguities.csv)'),
      text('id', 'one lower-case letter: a, b, …', { column: 'reading' }),
      text('label', 'short name shown in the Readings control'),
      text('reasoning', 'why the text can be read this way'),
      evidence,
      {
        kind: 'list',
        key: 'values',
        column: 'value',
        doc: 'what this reading makes of one record: each value given replaces the record’s own',
        fields: [
          text('recordId', 'id of the record'),
          num('rate', 'percent', true),
          choice('basis', tariffBasis.options, 'basis', true),
          optText('imposerId', 'imposer id'),
          optText('targetId', 'target id'),
          choice('status', measureStatus.options, 'status', true),
          date('date', "the date (or a metric's period) under this reading", true),
          terms(),
          optText('claimant', 'who makes the claim under this reading'),
        ],
      },
    ],
  },
];

/** camelCase → snake_case: "imposerId" → "imposer_id". */
export function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The column (or column prefix) of a field under a prefix. */
export function columnName(prefix: string, field: Field): string {
  const own = field.column ?? snake(field.key);
  return [prefix, own].filter(Boolean).join('_');
}
