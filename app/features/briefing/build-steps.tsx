import { useId } from 'react';
import { asOfStep, MAX_BUILD_STEPS, type Slide } from '../../briefing/deck.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function stepDate(patch: string): string {
  return new URLSearchParams(patch).get('asOf') ?? '';
}

/**
 * A slide's build steps in the deck editor: each shows the slide's chart as of a date, with a line for the
 * room ("The summer cut"). Presenting, Next reveals them one by one before moving to the next slide.
 */
export function BuildSteps({
  slide,
  number,
  onChange,
}: {
  slide: Slide;
  number: number;
  onChange: (builds: Slide['builds']) => void;
}) {
  const headingId = useId();
  const builds = slide.builds ?? [];
  const set = (i: number, date: string, label: string) =>
    onChange(
      builds.map((b, j) => (j === i ? (ISO.test(date) ? asOfStep(date, label) : { label, patch: '' }) : b)),
    );
  const slideAsOf = new URLSearchParams(slide.query).get('asOf');

  return (
    <fieldset className="build-steps" aria-labelledby={headingId}>
      <legend id={headingId}>
        Build steps of slide {number}{' '}
        <span className="muted">({builds.length || 'none: shown at once'})</span>
      </legend>
      {builds.length > 0 && (
        <ol className="build-step-list">
          {builds.map((b, i) => (
            <li key={i} className="build-step">
              <label>
                <span>
                  Step {i + 1} of slide {number}: as of
                </span>
                <input
                  type="date"
                  value={stepDate(b.patch)}
                  min="1900-01-01"
                  max="2100-12-31"
                  onChange={(e) => set(i, e.target.value, b.label)}
                />
              </label>
              <label className="build-step-label">
                <span>
                  Line for the room, step {i + 1} of slide {number}
                </span>
                <input
                  value={b.label}
                  maxLength={200}
                  placeholder="e.g. The summer cut"
                  onChange={(e) => set(i, stepDate(b.patch), e.target.value)}
                />
              </label>
              <button
                type="button"
                aria-label={`Remove step ${i + 1} of slide ${number}`}
                onClick={() => onChange(builds.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        disabled={builds.length >= MAX_BUILD_STEPS}
        onClick={() => {
          const last = builds.at(-1);
          const from = (last && stepDate(last.patch)) || slideAsOf || '';
          onChange([...builds, ISO.test(from) ? asOfStep(from, '') : { label: '', patch: '' }]);
        }}
      >
        Add build step to slide {number}
      </button>
    </fieldset>
  );
}
