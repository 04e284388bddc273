import type { ParamCodec, UrlStore } from '../lib/url-params.ts';
import type { DataChoice } from '../workspace/merge.ts';
import { getDataChoice, setDataChoice, subscribeDataChoice } from './workspace-store.ts';

const CHOICES: readonly DataChoice[] = ['shipped', 'merged', 'workspace'];

/**
 * The data choice as the URL table (`app/url-table.ts`) sees it: `data=merged` or `data=workspace`, so a
 * link made on a workspace says so. A recipient without that workspace sees the shipped data and a notice
 * (workspaceRestored raises it once the saved workspace, or its absence, is known).
 */
export interface DataChoiceUrlState {
  data: DataChoice;
}

export const dataChoiceCodec: ParamCodec<DataChoice> = {
  parse: (raw) =>
    (CHOICES as readonly string[]).includes(raw)
      ? { value: raw as DataChoice, problems: [] }
      : { problems: [`"data" in the link is not one of ${CHOICES.join(', ')}: showing the shipped data`] },
  format: (v) => v,
};

export const workspaceUrlStore: UrlStore<DataChoiceUrlState> = {
  name: 'workspace',
  get: () => ({ data: getDataChoice() }),
  apply: (values) => {
    if (values.data) setDataChoice(values.data, { fromLink: true });
    return [];
  },
  patch: () => {},
  subscribe: (onChange) => subscribeDataChoice(onChange),
};
