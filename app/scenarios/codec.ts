import { z } from 'zod';
import { scenarioStep, type ScenarioStep, type TariffBasis } from '../data/schema.ts';
import type { CustomStep } from './engine.ts';
import { parseDirectionKey } from '../lib/direction.ts';
import { idList, type ParamCodec } from '../lib/url-params.ts';

/**
 * Pure codecs for scenario state: the URL form (compact, validated, invalid parts dropped with a message)
 * and the locally saved form of custom steps (versioned, migrated, validated). The store and url-part call
 * these; nothing here touches window, storage or history.
 */

/** The scenario state a permalink restores. */
export interface ScenarioUrlState {
  active: string[];
  customSteps: CustomStep[];
  comparison: string[] | null;
  dutyValue: number | null;
  dutyDate: string | null;
  /** "imposer>target", e.g. "us>china". */
  dutyDirection: string | null;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const BASIS_CODE: Record<TariffBasis, string> = { headline: 'h', average: 'a', unspecified: 'u' };
const CODE_BASIS: Record<string, TariffBasis> = { h: 'headline', a: 'average', u: 'unspecified' };

/** "_" separates fields and "*" steps: both survive URLSearchParams unescaped, so links stay short. */
function escapeLabel(s: string): string {
  return encodeURIComponent(s).replace(/_/g, '%5F').replace(/\*/g, '%2A');
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/** A custom step as it is checked everywhere (URL, storage, the editor): the dataset's step schema plus n. */
export const customStepSchema = scenarioStep.extend({ n: z.number().int().positive() });

/** Validates one custom step; returns it or the problems, each naming the field. */
export function validateCustomStep(
  input: unknown,
): { ok: true; step: CustomStep } | { ok: false; problems: string } {
  const r = customStepSchema.safeParse(input);
  return r.success ? { ok: true, step: r.data } : { ok: false, problems: describeIssues(r.error) };
}

/** Encodes custom steps as "n_date_imposer_target_rate_basis_label*…". */
export function encodeCustomSteps(steps: readonly CustomStep[]): string {
  return steps
    .map((s) =>
      [s.n, s.date, s.imposerId, s.targetId, s.rate, BASIS_CODE[s.basis], escapeLabel(s.label)].join('_'),
    )
    .join('*');
}

/** Decodes custom steps; each invalid one is dropped with a message naming what is wrong. */
export function decodeCustomSteps(raw: string): { steps: CustomStep[]; problems: string[] } {
  const steps: CustomStep[] = [];
  const problems: string[] = [];
  const seen = new Set<number>();
  raw
    .split('*')
    .filter(Boolean)
    .forEach((chunk, i) => {
      const f = chunk.split('_');
      if (f.length !== 7) {
        problems.push(
          `Custom step ${i + 1} in the link is malformed (expected 7 fields, found ${f.length}); dropped.`,
        );
        return;
      }
      let label: string;
      try {
        label = decodeURIComponent(f[6]!);
      } catch {
        problems.push(`Custom step ${i + 1} in the link has an unreadable label; dropped.`);
        return;
      }
      const basis = CODE_BASIS[f[5]!];
      const candidate = {
        n: Number(f[0]),
        date: f[1],
        imposerId: f[2],
        targetId: f[3],
        rate: f[4] === '' ? Number.NaN : Number(f[4]),
        basis: basis ?? f[5],
        label,
      };
      const v = validateCustomStep(candidate);
      if (!v.ok) {
        problems.push(`Custom step ${i + 1} in the link was dropped: ${v.problems}.`);
        return;
      }
      if (seen.has(v.step.n)) {
        problems.push(`Custom step ${i + 1} in the link repeats number ${v.step.n}; dropped.`);
        return;
      }
      seen.add(v.step.n);
      steps.push(v.step);
    });
  return { steps, problems };
}

/** The parameters of the scenario store (the URL table's scenario rows use exactly these names). */
export const SCENARIO_PARAM_NAMES = ['sc', 'cs', 'cmp', 'dv', 'dd', 'dir'] as const;

/** True when the link says anything about scenarios (then it defines the whole scenario state). */
export function hasScenarioParams(params: URLSearchParams): boolean {
  return SCENARIO_PARAM_NAMES.some((k) => params.has(k));
}

/** The scenario state with nothing chosen: what a link that mentions scenarios starts from. */
export const DEFAULT_SCENARIO_URL_STATE: ScenarioUrlState = {
  active: [],
  customSteps: [],
  comparison: null,
  dutyValue: null,
  dutyDate: null,
  dutyDirection: null,
};

/** `cs`: the custom steps; each invalid one is dropped with a message. */
export const customStepsCodec: ParamCodec<CustomStep[]> = {
  parse: (raw) => {
    const r = decodeCustomSteps(raw);
    return { value: r.steps, problems: r.problems };
  },
  format: encodeCustomSteps,
};

/** `cmp`: the presets of Scenario B, or none. */
export const comparisonCodec: ParamCodec<string[] | null> = {
  parse: (raw, name) => {
    const r = idList.parse(raw, name);
    return { value: r.value && r.value.length ? r.value : null, problems: r.problems };
  },
  format: (v) => (v ?? []).join(','),
};

/** `dv`: the shipment value of the duty calculator. */
export const dutyValueCodec: ParamCodec<number | null> = {
  parse: (raw) => {
    const n = Number(raw);
    return raw !== '' && Number.isFinite(n) && n >= 0 && n <= 1e15
      ? { value: n, problems: [] }
      : {
          problems: [
            `The shipment value in the link ("dv") is not a number ≥ 0: "${raw.slice(0, 40)}"; ignored.`,
          ],
        };
  },
  format: (v) => (v === null ? '' : String(v)),
};

/** `dir`: the duty calculator's direction, "imposer>target". */
export const dutyDirectionCodec: ParamCodec<string | null> = {
  parse: (raw) => {
    const d = parseDirectionKey(raw);
    return d && ID.test(d.imposerId) && ID.test(d.targetId)
      ? { value: raw, problems: [] }
      : { problems: ['The duty direction in the link ("dir") is not "imposer>target"; ignored.'] };
  },
  format: (v) => v ?? '',
};

/** The actor ids of a direction "imposer>target" that `known` lacks. */
export function unknownDirectionActors(dir: string | null, known: ReadonlySet<string>): string[] {
  const d = dir === null ? null : parseDirectionKey(dir);
  return d ? [d.imposerId, d.targetId].filter((a) => !known.has(a)) : [];
}

/** The version of the locally saved custom steps. */
export const SAVED_VERSION = 1;

/** What is saved locally (only what the user made). */
export interface SavedSteps {
  customSteps: CustomStep[];
  nextN: number;
}

/**
 * Reads the saved form `{ state: { customSteps, nextN }, version }`: migrates older versions, refuses a newer
 * one (it is kept untouched, never rewritten as this version), and validates each step on its own.
 */
export function readSavedSteps(
  raw: string,
): { ok: true; saved: SavedSteps; aside: unknown[]; problem?: string } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      problem: 'Your saved custom steps could not be read (the stored data is not valid JSON)',
    };
  }
  if (!value || typeof value !== 'object' || !('state' in value)) {
    return { ok: false, problem: 'Your saved custom steps could not be read (unexpected format)' };
  }
  const v = (value as { version?: unknown }).version;
  const version = typeof v === 'number' ? v : 0;
  if (version > SAVED_VERSION) {
    return {
      ok: false,
      problem: `Your saved custom steps were saved by a newer version of the dashboard (version ${version}), which this one cannot read; they are kept untouched`,
    };
  }
  const state = migrateSaved((value as { state: unknown }).state, version);
  if (!state || typeof state !== 'object' || !Array.isArray((state as { customSteps?: unknown }).customSteps))
    return { ok: false, problem: 'Your saved custom steps could not be read (unexpected format)' };
  const r = parseSaved(state);
  return r.problems.length
    ? { ok: true, saved: r.saved, aside: r.aside, problem: r.problems.join(' ').replace(/\.$/, '') }
    : { ok: true, saved: r.saved, aside: [] };
}

/** The saved form of the custom steps. */
export function writeSavedSteps(saved: SavedSteps): string {
  return JSON.stringify({ state: saved, version: SAVED_VERSION });
}

/**
 * Upgrades an older saved shape. Version 0 (the first prototype) saved `{ steps: ScenarioStep[] }` without
 * numbers; steps are numbered in their saved order.
 */
export function migrateSaved(persisted: unknown, version: number): unknown {
  if (version === 0 && persisted && typeof persisted === 'object' && 'steps' in persisted) {
    const steps = (persisted as { steps: unknown }).steps;
    if (Array.isArray(steps)) {
      const customSteps = steps.map((s: unknown, i) =>
        s && typeof s === 'object' ? { ...(s as ScenarioStep), n: i + 1 } : s,
      );
      return { customSteps, nextN: customSteps.length + 1 };
    }
  }
  return persisted;
}

/**
 * Validates what came back from storage: keeps every valid step, drops the rest with a message. `intact`
 * is false when anything was dropped (the caller keeps the raw value under a backup key).
 */
export function parseSaved(persisted: unknown): {
  saved: SavedSteps;
  problems: string[];
  intact: boolean;
  /** The entries that were set aside, as they were. */
  aside: unknown[];
} {
  const empty: SavedSteps = { customSteps: [], nextN: 1 };
  if (persisted === null || persisted === undefined)
    return { saved: empty, problems: [], intact: true, aside: [] };
  if (typeof persisted !== 'object' || !Array.isArray((persisted as { customSteps?: unknown }).customSteps)) {
    return {
      saved: empty,
      problems: ['Your saved custom steps could not be read (unexpected format).'],
      intact: false,
      aside: [persisted],
    };
  }
  const raw = (persisted as { customSteps: unknown[]; nextN?: unknown }).customSteps;
  const customSteps: CustomStep[] = [];
  const problems: string[] = [];
  const aside: unknown[] = [];
  const seen = new Set<number>();
  raw.forEach((s, i) => {
    const v = validateCustomStep(s);
    if (!v.ok) problems.push(`Saved custom step ${i + 1} was invalid (${v.problems}) and was set aside.`);
    else if (seen.has(v.step.n))
      problems.push(`Saved custom step ${i + 1} repeats number ${v.step.n} and was set aside.`);
    else {
      seen.add(v.step.n);
      customSteps.push(v.step);
      return;
    }
    aside.push(s);
  });
  const maxN = customSteps.reduce((m, s) => Math.max(m, s.n), 0);
  const storedNext = (persisted as { nextN?: unknown }).nextN;
  const nextN =
    typeof storedNext === 'number' && Number.isInteger(storedNext) && storedNext > maxN
      ? storedNext
      : maxN + 1;
  return { saved: { customSteps, nextN }, problems, intact: problems.length === 0, aside };
}
