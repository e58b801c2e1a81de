// The explorer's state owner: one pane store (useReducer over paneReducer) plus the URL-level
// settings, kept in sync with the address bar. Selections and version/view changes push a
// history entry (so back/forward step through them); typing in the search box replaces it.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ancestorIds, indexVersions, type VersionIndex } from "../domain/hierarchy.ts";
import type { Dataset, Version } from "../domain/schema.ts";
import { timed } from "../bench/marks.ts";
import { initialPane, paneReducer, switchVersion, type PaneAction, type PaneState } from "./paneState.ts";
import { defaultPair, formatUrlState, parseUrlState, type ComparePair, type UrlState, type View } from "./urlState.ts";

/** How long typing must pause before the address follows the query. */
export const URL_AFTER_TYPING_MS = 300;

export interface Explorer {
  dataset: Dataset;
  indexes: ReadonlyMap<string, VersionIndex>;
  index: VersionIndex;
  pane: PaneState;
  dispatch: (action: PaneAction) => void;
  view: View;
  query: string;
  allVersions: boolean;
  compare: ComparePair;
  notices: readonly Notice[];
  select: (unitId: string | null) => void;
  selectIn: (version: string, unitId: string) => void;
  setVersion: (version: string) => void;
  setView: (view: View) => void;
  setQuery: (query: string) => void;
  setAllVersions: (all: boolean) => void;
  setCompare: (pair: ComparePair) => void;
  /** The comparison view's selected unit and the side it belongs to. */
  compareSelection: { side: "from" | "to"; unit: string } | null;
  setCompareSelection: (selection: { side: "from" | "to"; unit: string } | null) => void;
  dismissNotice: (id: number) => void;
}

export interface Notice {
  id: number;
  kind: "info" | "warning";
  text: string;
}

function paneFromUrl(url: UrlState): PaneState {
  return initialPane(url.version, url.view === "comparer" ? null : url.unit);
}

/** `location` is the page's by default; the build's prerender passes the default view's ({ search: "" }). */
export function useExplorer(dataset: Dataset, location: { search: string } = window.location): Explorer {
  // By version object: when a large dataset's details arrive (domain/datasetParts.ts), the dataset is
  // new but its versions are the same objects, so the chart keeps its layout instead of redoing it.
  const [built] = useState(() => new WeakMap<Version, VersionIndex>());
  const indexes = useMemo(() => timed("index", () => indexVersions(dataset, built)), [dataset, built]);
  const initial = useMemo(() => parseUrlState(location.search, dataset), [dataset, location]);
  const [settings, setSettings] = useState<UrlState>(initial.state);
  const [pane, rawDispatch] = useReducer(paneReducer, initial.state, paneFromUrl);
  const noticeId = useRef(initial.warnings.length);
  const [notices, setNotices] = useState<Notice[]>(() => initial.warnings.map((text, i) => ({ id: i + 1, kind: "warning", text })));
  const pushNotice = useCallback((kind: Notice["kind"], text: string) => {
    setNotices((list) => [...list.slice(-3), { id: ++noticeId.current, kind, text }]);
  }, []);

  const index = indexes.get(pane.version) ?? (indexes.values().next().value as VersionIndex);

  // Selecting a unit hidden in a folded subtree unfolds its ancestors so it can be shown.
  const dispatch = useCallback(
    (action: PaneAction) => {
      rawDispatch(action);
      if (action.type === "select" && action.unitId !== null) {
        rawDispatch({ type: "expand", unitIds: ancestorIds(index, action.unitId) });
      }
    },
    [index],
  );

  const select = useCallback((unitId: string | null) => dispatch({ type: "select", unitId }), [dispatch]);

  const setVersion = useCallback(
    (version: string) => {
      const result = switchVersion(dataset, pane, version);
      rawDispatch({ type: "replace", state: result.state });
      setSettings((s) => ({ ...s, version }));
      if (result.notice) pushNotice("info", result.notice);
    },
    [dataset, pane, pushNotice],
  );

  const selectIn = useCallback(
    (version: string, unitId: string) => {
      const target = indexes.get(version);
      if (!target) return;
      const ancestors = ancestorIds(target, unitId);
      const base = version === pane.version ? pane : initialPane(version);
      const collapsed = new Set(base.collapsed);
      for (const id of ancestors) collapsed.delete(id);
      rawDispatch({ type: "replace", state: { ...base, selected: unitId, collapsed } });
      setSettings((s) => ({ ...s, version }));
    },
    [indexes, pane],
  );

  const url = useMemo<UrlState>(
    () => ({ ...settings, version: pane.version, unit: settings.view === "comparer" ? settings.unit : pane.selected }),
    [settings, pane.version, pane.selected],
  );

  // State -> URL. Only the query and scope are "replace" changes; everything else is a step in history.
  // Typing replaces the address once it pauses (URL_AFTER_TYPING_MS), not on every keystroke:
  // replaceState took a few ms before each keystroke's results were painted (and Chromium ignores
  // it past 200 calls in 10 s). Any other change first writes the pending address, then pushes.
  const lastUrl = useRef<UrlState>(url);
  const pendingUrl = useRef<{ timer: ReturnType<typeof setTimeout>; href: string } | null>(null);
  const dropPendingUrl = useCallback((write: boolean) => {
    const pending = pendingUrl.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pendingUrl.current = null;
    if (write) window.history.replaceState(null, "", pending.href);
  }, []);
  useEffect(() => {
    const search = formatUrlState(url, dataset);
    if (search === window.location.search || (search === "" && window.location.search === "")) {
      dropPendingUrl(false);
      lastUrl.current = url;
      return;
    }
    const prev = lastUrl.current;
    const onlyTyping =
      prev.view === url.view && prev.version === url.version && prev.unit === url.unit && prev.compare === url.compare;
    const href = `${window.location.pathname}${search}${window.location.hash}`;
    if (onlyTyping) {
      dropPendingUrl(false);
      pendingUrl.current = { href, timer: setTimeout(() => dropPendingUrl(true), URL_AFTER_TYPING_MS) };
    } else {
      dropPendingUrl(true);
      window.history.pushState(null, "", href);
    }
    lastUrl.current = url;
  }, [url, dataset, dropPendingUrl]);
  // Leaving the page (or the explorer) right after typing still keeps the query in the address.
  useEffect(() => {
    const write = () => dropPendingUrl(true);
    window.addEventListener("pagehide", write);
    return () => {
      window.removeEventListener("pagehide", write);
      write();
    };
  }, [dropPendingUrl]);

  // URL -> state on back/forward.
  useEffect(() => {
    const onPop = () => {
      dropPendingUrl(false);
      const parsed = parseUrlState(window.location.search, dataset);
      lastUrl.current = parsed.state;
      setSettings(parsed.state);
      rawDispatch({ type: "replace", state: { ...paneFromUrl(parsed.state), collapsed: new Set() } });
      for (const w of parsed.warnings) pushNotice("warning", w);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [dataset, pushNotice, dropPendingUrl]);

  return {
    dataset,
    indexes,
    index,
    pane,
    dispatch,
    view: settings.view,
    query: settings.query,
    allVersions: settings.allVersions,
    compare: settings.compare ?? defaultPair(dataset),
    notices,
    select,
    selectIn,
    setVersion,
    setView: (view) => setSettings((s) => ({ ...s, view, unit: null, compare: view === "comparer" ? (s.compare ?? defaultPair(dataset)) : s.compare })),
    setQuery: (query) => setSettings((s) => ({ ...s, query })),
    setAllVersions: (allVersions) => setSettings((s) => ({ ...s, allVersions })),
    setCompare: (compare) =>
      setSettings((s) => {
        // Swapping sides keeps the selected unit, which changes side with its version.
        const swapped = s.compare !== null && s.compare.from === compare.to && s.compare.to === compare.from;
        return swapped ? { ...s, compare, side: s.side === "from" ? "to" : "from" } : { ...s, compare, unit: null };
      }),
    compareSelection: settings.view === "comparer" && settings.unit !== null ? { side: settings.side, unit: settings.unit } : null,
    setCompareSelection: (selection) =>
      setSettings((s) => ({ ...s, unit: selection?.unit ?? null, side: selection?.side ?? "from" })),
    dismissNotice: (id) => setNotices((list) => list.filter((n) => n.id !== id)),
  };
}
