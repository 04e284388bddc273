import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../state/view-state.ts';
import { decodeViewState, encodeViewState } from './url-state.ts';

describe('view state in the URL', () => {
  it('writes nothing for the default view, so the plain link stays clean', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('round-trips a full view state', () => {
    const s = {
      ...DEFAULT_VIEW_STATE,
      view: 'negotiations' as const,
      asOf: '2025-10-15',
      recordId: 'tm-us-china-spring',
      rounds: ['ev-london', 'ev-busan'],
      tlKinds: ['sanction'],
    };
    const decoded = decodeViewState(encodeViewState(s));
    expect(decoded.problems).toEqual([]);
    expect({ ...DEFAULT_VIEW_STATE, ...decoded.state }).toEqual(s);
  });

  it('drops malformed parts with a message naming them, and keeps the rest', () => {
    const params = new URLSearchParams('view=nope&asOf=2025-02-30&rounds=ok-1,<script>&record=x');
    const { state, problems } = decodeViewState(params);
    expect(state.view).toBeUndefined();
    expect(state.asOf).toBeUndefined();
    expect(state.rounds).toEqual(['ok-1']);
    expect(state.recordId).toBe('x');
    expect(problems.join(' ')).toMatch(/Unknown view "nope"/);
    expect(problems.join(' ')).toMatch(/asOf/);
    expect(problems.join(' ')).toMatch(/rounds/);
  });
});
