import { stepCount, type Slide } from '../../briefing/deck.ts';
import { hasScenarioParams } from '../../scenarios/codec.ts';
import type { PresenterCommand } from './presenter-keys.ts';

/**
 * Where a presentation stands: the slide and its build step. Pure, so the presenter window and the audience
 * window move by the same rules (and the rules are tested without a DOM).
 */
export interface Position {
  index: number;
  step: number;
}

type Deck = readonly Pick<Slide, 'builds'>[];

/** A position inside the deck (a deck that shrank, a step that no longer exists). */
export function clampPosition(slides: Deck, pos: Position): Position {
  if (slides.length === 0) return { index: 0, step: 0 };
  const index = Math.max(0, Math.min(slides.length - 1, Math.trunc(pos.index) || 0));
  const steps = stepCount(slides[index]!);
  return { index, step: Math.max(0, Math.min(steps - 1, Math.trunc(pos.step) || 0)) };
}

/**
 * The position after a command. Next reveals the slide's next build step, then moves to the next slide;
 * previous goes back a step, and from a slide's first step to the previous slide fully built (as it was
 * left). First and last go to the deck's ends.
 */
export function move(slides: Deck, pos: Position, command: PresenterCommand): Position {
  const here = clampPosition(slides, pos);
  const last = slides.length - 1;
  if (last < 0) return here;
  switch (command) {
    case 'next':
      if (here.step < stepCount(slides[here.index]!) - 1) return { ...here, step: here.step + 1 };
      return here.index < last ? { index: here.index + 1, step: 0 } : here;
    case 'previous':
      if (here.step > 0) return { ...here, step: here.step - 1 };
      return here.index > 0 ? { index: here.index - 1, step: stepCount(slides[here.index - 1]!) - 1 } : here;
    case 'first':
      return { index: 0, step: 0 };
    case 'last':
      return { index: last, step: stepCount(slides[last]!) - 1 };
    default:
      return here;
  }
}

export type Upcoming =
  | { kind: 'step'; step: number; of: number; label: string }
  | { kind: 'slide'; index: number; slide: Pick<Slide, 'title' | 'query' | 'builds'> }
  | { kind: 'end' };

/** What "next" will show: the next build step of this slide, the next slide, or the end of the deck. */
export function upcoming(
  slides: readonly Pick<Slide, 'title' | 'query' | 'builds'>[],
  pos: Position,
): Upcoming {
  const here = clampPosition(slides, pos);
  const slide = slides[here.index];
  if (!slide) return { kind: 'end' };
  const steps = stepCount(slide);
  if (here.step < steps - 1) {
    return {
      kind: 'step',
      step: here.step + 1,
      of: steps,
      label: slide.builds?.[here.step + 1]?.label ?? '',
    };
  }
  const next = slides[here.index + 1];
  return next ? { kind: 'slide', index: here.index + 1, slide: next } : { kind: 'end' };
}

/** "Slide 2 of 3" or "Slide 2 of 3, step 1 of 4". */
export function positionLabel(slides: Deck, pos: Position): string {
  const here = clampPosition(slides, pos);
  const slide = slides[here.index];
  const base = `Slide ${here.index + 1} of ${slides.length}`;
  if (!slide) return base;
  const steps = stepCount(slide);
  return steps > 1 ? `${base}, step ${here.step + 1} of ${steps}` : base;
}

/** Elapsed time as "12:05" (minutes:seconds) or "1:02:05" past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * The query that restores the state from before a presentation. A link without scenario parameters leaves
 * the scenario state as it is (by design: a plain view link keeps the user's what-ifs), so an empty scenario
 * is spelled out; otherwise a slide's scenario would stay in the address bar after the presentation.
 */
export function returnQueryFor(query: string): string {
  const p = new URLSearchParams(query);
  if (!hasScenarioParams(p)) p.set('sc', '');
  return p.toString();
}
