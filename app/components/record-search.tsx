import { useContext, useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from '../data/queries.ts';
import { ViewedDataContext } from '../data/viewed-data.ts';
import { indexDataset } from '../data/selectors.ts';
import { buildSearchIndex, searchRecords } from '../data/search-index.ts';
import { useViewActions } from '../state/view-store.ts';
import './record-search.css';

/**
 * The header search: one box that finds any record by its words, actor, kind or date and opens its source.
 * ARIA combobox with a list box: ↓/↑ move through the results, Enter opens one, Esc closes the list (a
 * second Esc clears the box). Rendered before the dataset has loaded too, so the header never jumps.
 */
export function RecordSearch() {
  // What the views show (the user's workspace merged in, as chosen) once the app provides it, else the shipped
  // data, so a record the analyst made is found like any other.
  const { data: shipped } = useQuery(datasetQueries.all());
  const data = useContext(ViewedDataContext)?.dataset ?? shipped;
  const { recordOpened } = useViewActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const id = useId();
  const listId = `${id}-list`;
  // The words of every record are gathered only once the box is first used: at 10k records that is ≈ 140 ms
  // of main-thread work no first view needs.
  const [used, setUsed] = useState(false);
  const entries = useMemo(() => (data && used ? buildSearchIndex(indexDataset(data)) : []), [data, used]);
  const results = useMemo(() => searchRecords(entries, deferred), [entries, deferred]);
  const expanded = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, results.length - 1));

  const choose = (recordId: string) => {
    recordOpened(recordId);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive(results.length ? (current + 1) % results.length : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive(results.length ? (current - 1 + results.length) % results.length : 0);
    } else if (e.key === 'Enter') {
      const r = expanded ? results[current] : undefined;
      if (r) {
        e.preventDefault();
        choose(r.id);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="record-search">
      <label htmlFor={id} className="visually-hidden">
        Search records
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        placeholder="Search: word, actor, kind, date"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[current] ? `${id}-opt-${current}` : undefined}
        value={query}
        onChange={(e) => {
          setUsed(true);
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setUsed(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching records"
        className="search-results"
        hidden={!expanded}
      >
        {expanded && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-none">
            No record matches “{query.trim()}”
          </li>
        )}
        {expanded &&
          results.map((r, i) => (
            // Keyboard selection is on the input (aria-activedescendant); the pointer picks an option here.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={r.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(r.id)}
            >
              <span className="search-title">{r.title}</span>
              <span className="search-meta">
                {r.kindLabel}
                {r.dateLabel ? ` · ${r.dateLabel}` : ''}
              </span>
            </li>
          ))}
      </ul>
      <span role="status" className="visually-hidden">
        {expanded ? `${results.length} ${results.length === 1 ? 'record' : 'records'} found` : ''}
      </span>
    </div>
  );
}
