// « Qui fait quoi ? »: a combobox over units, codes, missions and glossary expansions.
// Arrow keys move through results, Enter picks one; "/" anywhere focuses the box.
import { useEffect, useId, useRef, useState } from "react";
import type { EntryResultItem, SearchGroup, SearchNotice, SearchResultItem } from "../state/searchResults.ts";
import { Highlighted } from "./Highlighted.tsx";
import { useAfterPaint } from "./useAfterPaint.ts";
import { useClosestWords } from "./useSearchEngine.ts";
import "./SearchBox.css";
import { MAX_QUERY } from "../state/urlState.ts";

type Option = SearchResultItem | EntryResultItem;
const isEntry = (o: Option): o is EntryResultItem => "href" in o;

// Shown under an empty box: questions the sources can answer.
const EXAMPLES = ["tarification", "ONDAM", "déontologie", "télémédecine", "opérateurs", "R1"];

// The result types live with the code that builds them (state/searchResults.ts, lazily loaded);
// type-only imports keep that code out of the start-up bundle.
export type { EntryResultItem, SearchGroup, SearchNotice, SearchResultItem } from "../state/searchResults.ts";

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  groups: readonly SearchGroup[];
  allVersions: boolean;
  onAllVersionsChange: (all: boolean) => void;
  onPick: (version: string, unitId: string) => void;
  /** Picking a theme, body or gap; by default, goes to its page. */
  onPickEntry?: (entry: EntryResultItem) => void;
  /** Lets the parent load the search engine when the user first comes to the box. */
  onFocus?: () => void;
  loading?: boolean;
}

export function SearchBox({ query, onQueryChange, groups, allVersions, onAllVersionsChange, onPick, onPickEntry, onFocus, loading = false }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Until the list is scrolled, only the options its box can show carry their excerpt (see below).
  const [scrolled, setScrolled] = useState(false);
  const items: Option[] = groups.flatMap((g) => [...g.items, ...(g.entries ?? [])]);
  const notice = groups[0]?.notice;
  const showList = open && query.trim() !== "";
  const showHint = open && query.trim() === "";

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

  const pick = (item: Option | undefined) => {
    if (!item) return;
    if (isEntry(item)) {
      if (onPickEntry) onPickEntry(item);
      else window.location.assign(item.href);
    } else onPick(item.version, item.unitId);
    setOpen(false);
  };

  const pendingPick = useRef(false);
  const first = items[0];
  useEffect(() => {
    if (!pendingPick.current || loading || !first) return;
    pendingPick.current = false;
    if (!isEntry(first)) onPick(first.version, first.unitId);
    setOpen(false);
  }, [loading, first, onPick]);

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
  // A keystroke's frame lays out and paints every option it commits: the excerpts (two lines and
  // their highlights each) are given only to the options the box can show unscrolled (60 % of the
  // window high, each option at least 3.5 rem), and to the active one and those before it. The
  // others still list their title and place; scrolling the list gives them their excerpt before
  // they come into view.
  const fold = () => Math.ceil((0.6 * window.innerHeight) / 56) + 1; // read when options render (not at pre-render)
  const withExcerpt = (i: number) => scrolled || i <= active || i < fold();
  // New results replacing those of the open list (a keystroke) mount only the options the box
  // can show unscrolled, and those up to the active one; the others are mounted the frame after
  // that keystroke's frame (or once typing leaves a frame free), before anyone can scroll to them.
  // A list that opens mounts all its options at once. The count said to screen readers, the ids
  // the arrow keys walk through and the listbox's results do not change meaning.
  const painted = useAfterPaint(showList ? groups : null);
  const settled = painted === null || painted === groups;
  // The options that get their excerpt are the ones mounted at once.
  const mounted = (i: number) => settled || withExcerpt(i);
  // Index of each group's first item in the flat list the arrow keys walk through.
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.items.length + (prev.entries?.length ?? 0), 0));

  return (
    <div className="search" role="search">
      <div className="fr-input-group search__group">
        <label className="fr-label" htmlFor={`${listId}-input`}>
          Qui fait quoi ? <span className="fr-hint-text">{"Nom, code, sigle ou mission — touche «\u00a0/\u00a0» pour chercher"}</span>
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
        // The text these results are for (the bench waits for it to be painted).
        data-query={loading ? undefined : query}
        hidden={!showList}
        onMouseDown={(e) => e.preventDefault()}
        onScroll={(e) => setScrolled(e.currentTarget.scrollTop > 0)}
      >
        {showList && loading && <p className="search__empty">Préparation de la recherche…</p>}
        {showList && !loading && notice && <NoticeText notice={notice} query={query} onSearch={onQueryChange} />}
        {showList && !loading && count === 0 && !notice && <p className="search__empty">Aucun résultat pour « {query} ».</p>}
        {groups.map((group, g) => (
          <div key={group.version} role="group" aria-label={`Version ${group.versionName ?? group.version}`}>
            {allVersions && (
              <p className="search__group-title" aria-hidden="true">
                {group.versionName ?? group.version}
              </p>
            )}
            {group.items.map((item, j) => {
              const i = (offsets[g] ?? 0) + j;
              if (!mounted(i)) return null;
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
                    {allVersions ? <span className="search__version"> · {item.versionName ?? item.version}</span> : null}
                  </span>
                  <span className="search__path">{item.path}</span>
                  {item.viaLineage && <span className="search__via">Par filiation : {item.viaLineage}</span>}
                  {withExcerpt(i) && item.excerpt && (
                    <span className="search__excerpt">
                      <Highlighted text={item.excerpt.text} ranges={item.excerpt.ranges} />
                    </span>
                  )}
                </div>
              );
            })}
            {(group.entries ?? []).map((entry, j) => {
              const i = (offsets[g] ?? 0) + group.items.length + j;
              if (!mounted(i)) return null;
              return (
                <div
                  key={entry.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search__option search__option--entry"
                  onClick={() => pick(entry)}
                  onMouseMove={() => setActive(i)}
                >
                  <span className="search__kind">{entry.label}</span>
                  <span className="search__title">
                    <Highlighted text={entry.title} ranges={entry.titleRanges} />
                  </span>
                  {withExcerpt(i) && entry.excerpt && (
                    <span className="search__excerpt">
                      <Highlighted text={entry.excerpt.text} ranges={entry.excerpt.ranges} />
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {showHint && (
        <div className="search__hint">
          <p>Une mission, un sigle, un thème, un opérateur : par exemple</p>
          <ul>
            {EXAMPLES.map((example) => (
              <li key={example}>
                <button type="button" className="tag" onMouseDown={(e) => e.preventDefault()} onClick={() => onQueryChange(example)}>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

// What the sources say about a query they do not answer: plainly, with where else they speak of
// it, the broader term shown instead, or words of the sources close in spelling.
function NoticeText({ notice, query, onSearch }: { notice: SearchNotice; query: string; onSearch: (query: string) => void }) {
  const closest = useClosestWords(notice, query);
  return (
    <div className="search__notice">
      <p>
        Les sources ne mentionnent pas « {notice.missing} » dans l'organisation, les missions, les thèmes ni les acteurs repris ici.
        {notice.mentionedIn && (
          <>
            {" "}
            Le document « {notice.mentionedIn.title} » en parle : « {notice.mentionedIn.passage} ».
          </>
        )}
      </p>
      {notice.insteadOf && (
        <p>
          Résultats pour le terme voisin « {notice.insteadOf.term} » ({notice.insteadOf.because}).
        </p>
      )}
      {closest.length > 0 && (
        <p>
          Mots proches dans les sources :{" "}
          {closest.map((word, k) => (
            <span key={word}>
              {k > 0 ? ", " : ""}
              <button type="button" className="search__suggest" onClick={() => onSearch(word)}>
                {word}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
