import { describe, expect, it } from 'vitest';
import { asOfStep } from '../../briefing/deck.ts';
import { clampPosition, formatElapsed, move, positionLabel, upcoming } from './presentation.ts';

const built = {
  title: 'Escalation',
  query: 'v=1&view=escalation',
  builds: [
    asOfStep('2025-04-15', '145% and 125%'),
    asOfStep('2025-05-14', 'The summer cut'),
    asOfStep('2025-10-20', 'The 100% threat'),
  ],
};
const plain: { title: string; query: string; builds?: typeof built.builds } = {
  title: 'Timeline',
  query: 'v=1&view=timeline',
};
const deck = [plain, built, plain];

describe('moving through a deck with build steps', () => {
  it('next reveals each build step before moving to the next slide', () => {
    let pos = { index: 0, step: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      pos = move(deck, pos, 'next');
      seen.push(positionLabel(deck, pos));
    }
    expect(seen).toEqual([
      'Slide 2 of 3, step 1 of 3',
      'Slide 2 of 3, step 2 of 3',
      'Slide 2 of 3, step 3 of 3',
      'Slide 3 of 3',
      'Slide 3 of 3',
      'Slide 3 of 3',
    ]);
  });
  it('previous steps back, and from the next slide lands on the built slide as it was left', () => {
    expect(move(deck, { index: 2, step: 0 }, 'previous')).toEqual({ index: 1, step: 2 });
    expect(move(deck, { index: 1, step: 1 }, 'previous')).toEqual({ index: 1, step: 0 });
    expect(move(deck, { index: 1, step: 0 }, 'previous')).toEqual({ index: 0, step: 0 });
    expect(move(deck, { index: 0, step: 0 }, 'previous')).toEqual({ index: 0, step: 0 });
  });
  it('first and last go to the ends, last fully built', () => {
    expect(move([plain, built], { index: 0, step: 0 }, 'last')).toEqual({ index: 1, step: 2 });
    expect(move(deck, { index: 2, step: 0 }, 'first')).toEqual({ index: 0, step: 0 });
  });
  it('a position outside the deck (it shrank, a step was removed) is brought inside it', () => {
    expect(clampPosition(deck, { index: 9, step: 4 })).toEqual({ index: 2, step: 0 });
    expect(clampPosition(deck, { index: 1, step: 7 })).toEqual({ index: 1, step: 2 });
    expect(clampPosition([], { index: 3, step: 1 })).toEqual({ index: 0, step: 0 });
  });
  it('says what comes next: the next step with its label, the next slide, or the end', () => {
    expect(upcoming(deck, { index: 1, step: 0 })).toEqual({
      kind: 'step',
      step: 1,
      of: 3,
      label: 'The summer cut',
    });
    expect(upcoming(deck, { index: 1, step: 2 })).toMatchObject({ kind: 'slide', index: 2 });
    expect(upcoming(deck, { index: 2, step: 0 })).toEqual({ kind: 'end' });
  });
});

describe('elapsed time', () => {
  it('reads as minutes:seconds, with hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
