import { eventStatus, measureStatus, type Dataset } from './data/schema.ts';
import { TIMELINE_KINDS } from './data/selectors.ts';
import {
  idList,
  knownList,
  oneOf,
  optionalDate,
  optionalId,
  row,
  storeRows,
  type StoreRows,
  type UrlMigration,
  type UrlStore,
} from './lib/url-params.ts';
import { DEFAULT_VIEW_STATE, VIEWS, type ViewId, type ViewState } from './state/view-state.ts';
import { getViewState, subscribeViewState, viewActions } from './state/view-store.ts';
import {
  comparisonCodec,
  customStepsCodec,
  dutyDirectionCodec,
  dutyValueCodec,
  unknownDirectionActors,
  type ScenarioUrlState,
} from './scenarios/codec.ts';
import { scenarioUrlStore } from './scenarios/url-part.ts';
import { dataChoiceCodec, workspaceUrlStore, type DataChoiceUrlState } from './state/workspace-url-part.ts';
import {
  REPORTED_BY_PARAM,
  reportedByUrlStore,
  type ReportedByUrlState,
} from './state/reported-by-url-part.ts';
import { deckParamCodec, deckUrlStore, type DeckUrlState } from './briefing/deck-store.ts';
import { READINGS_PARAM, readingsUrlStore, type ReadingsUrlState } from './readings/url-part.ts';
import {
  decodeReadingChoice,
  encodeReadingChoice,
  validChoice,
  type ReadingChoice,
} from './domain/readings.ts';
import { decodeDeckParamV1, encodeDeckParam } from './briefing/deck.ts';

/**
 * THE URL PARAMETER TABLE: every parameter a link can carry, with its codec, default and the store it sets.
 * url-sync reads links through it (after `v` and the migrations below) and writes only non-default values.
 * To add a parameter: add a field to its store, then one row here (and a line in the README's table).
 * `v` (link version) and `d` (pinned dataset version) are url-sync's own.
 */

const viewStore: UrlStore<ViewState> = {
  name: 'view',
  get: getViewState,
  apply: (values) => {
    viewActions().urlRestored(values);
    return [];
  },
  patch: (values) => viewActions().urlRestored({ ...getViewState(), ...values }),
  subscribe: (onChange) => subscribeViewState(onChange),
};

const VIEW_IDS = VIEWS.map((v) => v.id) as ViewId[];
const actorIds = (d: Dataset) => new Set(d.actors.map((a) => a.id));
const eventIds = (d: Dataset) => new Set(d.events.map((e) => e.id));
const presetIds = (d: Dataset) => new Set(d.scenarios.map((p) => p.id));
const ROUND_STATUSES = new Set<string>(eventStatus.options);
const TIMELINE_KIND_SET = new Set<string>(TIMELINE_KINDS);
const TIMELINE_STATUSES = new Set<string>([...measureStatus.options, ...eventStatus.options]);

export const VIEW_ROWS = [
  row<ViewState, 'view'>({
    name: 'view',
    field: 'view',
    codec: oneOf(VIEW_IDS, (raw) => `Unknown view "${raw.slice(0, 40)}" in the link; showing the overview.`),
    default: DEFAULT_VIEW_STATE.view,
    describe: 'the view shown',
  }),
  row<ViewState, 'asOf', Dataset>({
    name: 'asOf',
    field: 'asOf',
    codec: optionalDate,
    default: null,
    describe: 'show what was in force on this date (default: today)',
  }),
  row<ViewState, 'recordId', Dataset>({
    name: 'record',
    field: 'recordId',
    codec: optionalId,
    default: null,
    // Kept even when the viewed data lacks it: the drawer then opens on "Record not found" and says why
    // (a record from someone's workspace, or a newer dataset), rather than the link silently doing nothing.
    describe: 'the record whose provenance drawer is open',
  }),
  row<ViewState, 'rounds', Dataset>({
    name: 'rounds',
    field: 'rounds',
    codec: idList,
    default: [],
    describe: 'negotiation rounds compared, in selection order',
    names: 'negotiation rounds',
    known: knownList(eventIds),
  }),
  row<ViewState, 'negParties', Dataset>({
    name: 'negParties',
    field: 'negParties',
    codec: idList,
    default: [],
    describe: 'Negotiations: parties shown (empty = all)',
    names: 'actors',
    known: knownList(actorIds),
  }),
  row<ViewState, 'negStatuses', Dataset>({
    name: 'negStatuses',
    field: 'negStatuses',
    codec: idList,
    default: [],
    describe: 'Negotiations: round statuses shown',
    names: 'round statuses',
    known: knownList(() => ROUND_STATUSES),
  }),
  row<ViewState, 'tlActors', Dataset>({
    name: 'tlActors',
    field: 'tlActors',
    codec: idList,
    default: [],
    describe: 'Timeline: actors shown',
    names: 'actors',
    known: knownList(actorIds),
  }),
  row<ViewState, 'tlKinds', Dataset>({
    name: 'tlKinds',
    field: 'tlKinds',
    codec: idList,
    default: [],
    describe: 'Timeline: kinds shown',
    names: 'timeline kinds',
    known: knownList(() => TIMELINE_KIND_SET),
  }),
  row<ViewState, 'tlStatuses', Dataset>({
    name: 'tlStatuses',
    field: 'tlStatuses',
    codec: idList,
    default: [],
    describe: 'Timeline: statuses shown',
    names: 'statuses',
    known: knownList(() => TIMELINE_STATUSES),
  }),
  row<ViewState, 'tlFrom', Dataset>({
    name: 'tlFrom',
    field: 'tlFrom',
    codec: optionalDate,
    default: null,
    describe: 'Timeline: start of the visible range',
  }),
  row<ViewState, 'tlTo', Dataset>({
    name: 'tlTo',
    field: 'tlTo',
    codec: optionalDate,
    default: null,
    describe: 'Timeline: end of the visible range',
  }),
];

export const REPORTED_BY_ROWS = [
  row<ReportedByUrlState, 'reportedBy', Dataset>({
    name: REPORTED_BY_PARAM,
    field: 'reportedBy',
    codec: optionalDate,
    default: null,
    describe: 'show only what documents published by this date reported (default: every document)',
  }),
];

/** `readings=summer-pair:b,…`: per ambiguity the reading picked; entries it cannot read are dropped and named. */
const readingsCodec = {
  parse: (raw: string) => {
    const { choice, problems } = decodeReadingChoice(raw);
    return { value: choice, problems };
  },
  format: (v: ReadingChoice) => encodeReadingChoice(v),
};

export const READINGS_ROWS = [
  row<ReadingsUrlState, 'readings', Dataset>({
    name: READINGS_PARAM,
    field: 'readings',
    codec: readingsCodec,
    default: {},
    describe: 'per ambiguous statement, the reading picked, e.g. summer-pair:b (default: show every reading)',
    names: 'readings',
    known: (dataset, value) => {
      const { choice, dropped } = validChoice(dataset, value);
      return { value: choice, unknown: dropped };
    },
  }),
];

export const WORKSPACE_ROWS = [
  row<DataChoiceUrlState, 'data', Dataset>({
    name: 'data',
    field: 'data',
    codec: dataChoiceCodec,
    default: 'shipped',
    describe: 'which data the views show: shipped, merged (your workspace over it) or workspace',
  }),
];

export const SCENARIO_ROWS = [
  row<ScenarioUrlState, 'active', Dataset>({
    name: 'sc',
    field: 'active',
    codec: idList,
    default: [],
    describe: 'Scenario A: the preset toggles switched on',
    names: 'scenario presets',
    known: knownList(presetIds),
  }),
  row<ScenarioUrlState, 'customSteps', Dataset>({
    name: 'cs',
    field: 'customSteps',
    codec: customStepsCodec,
    default: [],
    describe: 'your own steps, "n_date_imposer_target_rate_basis_label*…"',
  }),
  row<ScenarioUrlState, 'comparison', Dataset>({
    name: 'cmp',
    field: 'comparison',
    codec: comparisonCodec,
    default: null,
    describe: 'Scenario B: the presets it compares with',
    names: 'scenario presets',
    known: (d, value) => {
      const r = knownList(presetIds)(d, value ?? []);
      return { value: r.value.length ? r.value : null, unknown: r.unknown };
    },
  }),
  row<ScenarioUrlState, 'dutyValue', Dataset>({
    name: 'dv',
    field: 'dutyValue',
    codec: dutyValueCodec,
    default: null,
    describe: 'duty calculator: shipment value in US dollars',
  }),
  row<ScenarioUrlState, 'dutyDate', Dataset>({
    name: 'dd',
    field: 'dutyDate',
    codec: optionalDate,
    default: null,
    describe: 'duty calculator: date of entry',
  }),
  row<ScenarioUrlState, 'dutyDirection', Dataset>({
    name: 'dir',
    field: 'dutyDirection',
    codec: dutyDirectionCodec,
    default: null,
    describe: 'duty calculator: direction "imposer>target"',
    names: 'actors',
    known: (d, value) => {
      const unknown = unknownDirectionActors(value, actorIds(d));
      return { value: unknown.length ? null : value, unknown };
    },
  }),
];

export const DECK_ROWS = [
  row<DeckUrlState, 'incoming', Dataset>({
    name: 'deck',
    field: 'incoming',
    codec: deckParamCodec,
    default: null,
    describe: 'slides shared as a link, added to your deck (read once, then removed from the address bar)',
    readOnly: true,
  }),
];

export const URL_TABLE: readonly StoreRows<Dataset>[] = [
  storeRows(viewStore, VIEW_ROWS),
  storeRows(reportedByUrlStore, REPORTED_BY_ROWS),
  storeRows(readingsUrlStore, READINGS_ROWS),
  storeRows(workspaceUrlStore, WORKSPACE_ROWS),
  storeRows(scenarioUrlStore, SCENARIO_ROWS),
  storeRows(deckUrlStore, DECK_ROWS),
];

/**
 * Link migrations, keyed by the version they upgrade from (see URL_VERSION in lib/url-params.ts).
 * 1 → 2: `deck` was base64url JSON; it is now deflated with a preset dictionary (a quarter of the length).
 */
export const URL_MIGRATIONS: Readonly<Record<number, UrlMigration>> = {
  1: (params) => {
    const deck = params.get('deck');
    if (deck === null) return;
    const old = decodeDeckParamV1(deck);
    if (old.ok) params.set('deck', encodeDeckParam(old.slides));
  },
};
