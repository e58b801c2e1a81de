import { Suspense, useMemo, useState } from "react";
import type { Dataset } from "../domain/schema.ts";
import { titleOfSource } from "../domain/sources.ts";
import { useExplorer } from "../state/useExplorer.ts";
import { SearchEngineContext, useSearchEngine } from "./useSearchEngine.ts";
import { ChartPane } from "./ChartPane.tsx";
import { SiteFooter } from "./dsfr/SiteFooter.tsx";
import { GlossaryProvider } from "./GlossaryContext.tsx";
import { LazyBoundary, LoadFailure, retryableLazy } from "./LazyBoundary.tsx";
import { Notices } from "./Notices.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { TextView } from "./TextView.tsx";
import { UnitPanel } from "./UnitPanel.tsx";
import { ViewSwitch } from "./ViewSwitch.tsx";
import { VersionPicker, VersionSummary } from "./VersionPicker.tsx";

const CompareView = retryableLazy(() => import("./CompareView.tsx"));

export function App({ dataset, location }: { dataset: Dataset; location?: { search: string } }) {
  const explorer = useExplorer(dataset, location);
  const { index, pane, dispatch } = explorer;
  const [searchWanted, setSearchWanted] = useState(explorer.query.trim() !== "");
  const search = useSearchEngine(dataset, explorer.indexes, searchWanted || explorer.query.trim() !== "");
  const { engine } = search;
  const groups = useMemo(
    () => engine?.groups(explorer.query, { version: pane.version, allVersions: explorer.allVersions }) ?? [],
    [engine, explorer.query, pane.version, explorer.allVersions],
  );
  const matches = useMemo(
    () => new Set(groups.filter((g) => g.version === pane.version).flatMap((g) => g.items.filter((i) => !i.viaLineage).map((i) => i.unitId))),
    [groups, pane.version],
  );
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const compare = explorer.view === "comparer";

  return (
    <SearchEngineContext.Provider value={search}>
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <main id="contenu" className={`app app--${explorer.view}`} tabIndex={-1}>
        <h1 className="fr-sr-only">Organigramme de la direction générale de l'offre de soins</h1>
        <div className="toolbar">
          {!compare && (
            <VersionPicker versions={dataset.versions} value={pane.version} onChange={explorer.setVersion} />
          )}
          {!compare && (
            <SearchBox
              query={explorer.query}
              onQueryChange={explorer.setQuery}
              groups={groups}
              allVersions={explorer.allVersions}
              onAllVersionsChange={explorer.setAllVersions}
              onPick={(version, unitId) => (version === pane.version ? explorer.select(unitId) : explorer.selectIn(version, unitId))}
              onFocus={() => setSearchWanted(true)}
              loading={searchWanted && engine === null && !search.failed}
            />
          )}
          <ViewSwitch value={explorer.view} onChange={explorer.setView} />
        </div>
        {!compare && <VersionSummary version={index.version} versions={dataset.versions} sourceTitle={sourceTitle} />}
        <Notices notices={explorer.notices} onDismiss={explorer.dismissNotice} />
        {!compare && search.failed && <LoadFailure what="le moteur de recherche" onRetry={search.retry} />}
        {compare ? (
          <LazyBoundary what="la vue de comparaison" onRetry={CompareView.retry}>
            <Suspense fallback={<p className="fr-p-2w">Chargement de la comparaison…</p>}>
              <CompareView explorer={explorer} />
            </Suspense>
          </LazyBoundary>
        ) : (
          <div className={pane.selected ? "workspace workspace--open" : "workspace"}>
            <section className="workspace__main" aria-label={explorer.view === "texte" ? "Vue texte" : "Organigramme"}>
              {explorer.view === "texte" ? (
                <TextView index={index} pane={pane} dispatch={dispatch} matches={matches} />
              ) : (
                <ChartPane index={index} pane={pane} dispatch={dispatch} label={`Organigramme ${index.version.id}`} matches={matches} />
              )}
            </section>
            <UnitPanel
              dataset={dataset}
              indexes={explorer.indexes}
              index={index}
              unitId={pane.selected}
              onSelect={explorer.select}
              onSelectIn={explorer.selectIn}
              onClose={() => explorer.select(null)}
            />
          </div>
        )}
      </main>
      <SiteFooter />
    </GlossaryProvider>
    </SearchEngineContext.Provider>
  );
}
