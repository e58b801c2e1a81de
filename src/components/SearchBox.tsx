// « Qui fait quoi ? »: a combobox over units, codes, missions and glossary expansions.
// Arrow keys move through results, Enter picks one; "/" anywhere focuses the box.
import { useEffect, useId, useRef, useState } from "react";
import { Highlighted } from "./Highlighted.tsx";
import { MAX_QUERY } from "../state/urlState.ts";

export interface SearchResultItem {
  key: string;
  version: string;
  unitId: string;
  title: string;
  titleRanges: readonly (readonly [number, number])[];
  path: string;
  excerpt?: { text: string; ranges: readonly (readonly [number, number])[] };
  /** Set when the unit is offered through lineage, not because its own text matched. */
  viaLineage?: string;
}

export interface SearchGroup {
  version: string;
  items: SearchResultItem[];
}

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  groups: readonly SearchGroup[];
  allVersions: boolean;
  onAllVersionsChange: (all: boolean) => void;
  onPick: (version: string, unitId: string) => void;
  /** Lets the parent load the search engine when the user first comes to the box. */
  onFocus?: () => void;
  loading?: boolean;
}

export function SearchBox({ query, onQueryChange, groups, allVersions, onAllVersionsChange, onPick, onFocus, loading = false }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const items = groups.flatMap((g) => g.items);
  const showList = open && query.trim() !== "";

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const pendingPick = useRef(false);
  const first = items[0];
  useEffect(() => {
    if (!pendingPick.current || loading || !first) return;
    pendingPick.current = false;
    onPick(first.version, first.unitId);
    setOpen(false);
  }, [loading, first, onPick]);

  const pick = (item: SearchResultItem | undefined) => {
    if (!item) return;
    onPick(item.version, item.unitId);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (items.length === 0 ? 0 : (a + 1) % items.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (items.length === 0 ? 0 : (a - 1 + items.length) % items.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      // Enter before the search engine has loaded picks the first result once it arrives.
      if (loading) pendingPick.current = true;
      else if (showList) pick(items[active]);
    } else if (event.key === "Escape") {
      if (showList) setOpen(false);
      else onQueryChange("");
    }
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  const count = items.length;
  // Index of each group's first item in the flat list the arrow keys walk through.
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.items.length, 0));

  return (
    <div className="search" role="search">
      <div className="fr-input-group search__group">
        <label className="fr-label" htmlFor={`${listId}-input`}>
          Qui fait quoi ? <span className="fr-hint-text">Nom, code, sigle ou mission — touche « / » pour chercher</span>
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="fr-input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && count > 0 ? optionId(Math.min(active, count - 1)) : undefined}
          value={query}
          maxLength={MAX_QUERY}
          placeholder="ex. ONDAM, déontologie, PF5"
          onChange={(e) => {
            onQueryChange(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => {
            setOpen(true);
            onFocus?.();
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="fr-checkbox-group fr-checkbox-group--sm search__scope">
        <input
          type="checkbox"
          id={`${listId}-all`}
          checked={allVersions}
          onChange={(e) => onAllVersionsChange(e.target.checked)}
        />
        <label className="fr-label" htmlFor={`${listId}-all`}>
          Toutes les versions
        </label>
      </div>
      <p className="fr-sr-only" aria-live="polite">
        {query.trim() === "" || loading ? "" : count === 0 ? "Aucun résultat" : `${count} résultat${count > 1 ? "s" : ""}`}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label="Résultats de recherche"
        className="search__results"
        hidden={!showList}
        onMouseDown={(e) => e.preventDefault()}
      >
        {showList && loading && <p className="search__empty">Préparation de la recherche…</p>}
        {showList && !loading && count === 0 && <p className="search__empty">Aucun résultat pour « {query} ».</p>}
        {groups.map((group, g) => (
          <div key={group.version} role="group" aria-label={`Version ${group.version}`}>
            {allVersions && (
              <p className="search__group-title" aria-hidden="true">
                {group.version}
              </p>
            )}
            {group.items.map((item, j) => {
              const i = (offsets[g] ?? 0) + j;
              return (
                <div
                  key={item.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search__option"
                  onClick={() => pick(item)}
                  onMouseMove={() => setActive(i)}
                >
                  <span className="search__title">
                    <Highlighted text={item.title} ranges={item.titleRanges} />
                    {allVersions ? <span className="search__version"> · {item.version}</span> : null}
                  </span>
                  <span className="search__path">{item.path}</span>
                  {item.viaLineage && <span className="search__via">Par filiation : {item.viaLineage}</span>}
                  {item.excerpt && (
                    <span className="search__excerpt">
                      <Highlighted text={item.excerpt.text} ranges={item.excerpt.ranges} />
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
