import { memo } from 'react';
import type { ScenarioPreset } from '../../data/schema.ts';
import type { DatasetIndex } from '../../data/selectors.ts';
import { actorName, recordTitle } from '../../data/selectors.ts';
import { RecordFlag, RecordLink } from '../../components/record-link.tsx';
import { BASIS_LABEL, formatIsoDate, formatPercent, NOTE_LABEL } from '../../lib/format.ts';

/** One preset: its switch (accessible name = its title), rationale, steps, curator notes and evidence. */
const PresetCard = memo(function PresetCard({
  preset,
  on,
  index,
  onToggle,
}: {
  preset: ScenarioPreset;
  on: boolean;
  index: DatasetIndex;
  onToggle: (id: string) => void;
}) {
  return (
    <li className={`scn-preset ${on ? 'is-on' : ''}`}>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="scn-switch"
        onClick={() => onToggle(preset.id)}
      >
        <span className="scn-switch-track" aria-hidden="true">
          <span className="scn-switch-thumb" />
        </span>
        <span className="scn-switch-title">{preset.title}</span>
        <span className="scn-switch-state" aria-hidden="true">
          {on ? 'On' : 'Off'}
        </span>
      </button>
      <RecordFlag record={preset} />
      <p className="scn-rationale">{preset.rationale}</p>
      <ul className="scn-step-list" aria-label={`Steps of “${preset.title}”`}>
        {preset.steps.map((s, i) => (
          <li key={i}>
            <span className="badge badge-scenario">Scenario</span> From {formatIsoDate(s.date)}:{' '}
            {actorName(index, s.imposerId)} on {actorName(index, s.targetId)},{' '}
            {BASIS_LABEL[s.basis].toLowerCase()}{' '}
            <RecordLink
              recordId={preset.id}
              label={`${formatPercent(s.rate)}, scenario step of “${preset.title}”: open its evidence`}
            >
              {formatPercent(s.rate)}
            </RecordLink>
            {s.basis === 'unspecified' && (
              <span className="scn-warn"> (basis not stated by the document)</span>
            )}
          </li>
        ))}
      </ul>
      {preset.notes.length > 0 && (
        <ul className="scn-notes">
          {preset.notes.map((n, i) => (
            <li key={i} className={`note note-${n.kind}`}>
              <strong>{NOTE_LABEL[n.kind]}:</strong> {n.text}
            </li>
          ))}
        </ul>
      )}
      <p className="scn-evidence">
        <RecordLink recordId={preset.id} label={`Evidence for “${preset.title}”: open the quotes`}>
          Evidence ({preset.evidence.length} quote{preset.evidence.length === 1 ? '' : 's'})
        </RecordLink>
      </p>
      {preset.basedOnIds.length > 0 && (
        <details className="scn-based-on">
          <summary>
            Based on {preset.basedOnIds.length} record{preset.basedOnIds.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {preset.basedOnIds.map((id) => {
              const r = index.records.get(id);
              return (
                <li key={id}>
                  <RecordLink recordId={id}>{r ? recordTitle(index, r) : id}</RecordLink>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </li>
  );
});

/** The preset switches. Presets are data (dataset.scenarios); nothing here knows which ones exist. */
export function PresetToggles({
  presets,
  active,
  index,
  onToggle,
}: {
  presets: readonly ScenarioPreset[];
  active: readonly string[];
  index: DatasetIndex;
  onToggle: (id: string) => void;
}) {
  return (
    <section className="panel" aria-labelledby="scn-presets-h">
      <h2 id="scn-presets-h">Scenario presets</h2>
      <p className="muted">
        Switch on any number of what-ifs; together with your own steps they make up{' '}
        <strong>Scenario A</strong>. A step holds until the next change on its line. When two steps change the
        same line (same direction and basis) on the same date, the later preset in this list wins, your own
        steps win over presets, and a step replaces a documented change on its date.
      </p>
      <ul className="scn-presets">
        {presets.map((p) => (
          <PresetCard key={p.id} preset={p} on={active.includes(p.id)} index={index} onToggle={onToggle} />
        ))}
      </ul>
    </section>
  );
}
