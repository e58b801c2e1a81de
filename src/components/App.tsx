import { memo, useEffect, useMemo, useState } from "react";
import { isImportedVersionId } from "../domain/import/ids.ts";
import type { Dataset } from "../domain/schema.ts";
import { titleOfSource } from "../domain/sources.ts";
import { useExplorer } from "../state/useExplorer.ts";
import { documentTitle, isPageView } from "../state/pages.ts";
import { SearchEngineContext, useSearchEngine } from "./useSearchEngine.ts";
import { ChartPane, type ChartPaneProps } from "./ChartPane.tsx";
import { useAfterPaint } from "./useAfterPaint.ts";
import { ExportButton } from "./export/ExportButton.tsx";
import { SiteFooter } from "./dsfr/SiteFooter.tsx";
import { GlossaryProvider } from "./GlossaryContext.tsx";
import { LazyPart, LoadFailure } from "./LazyBoundary.tsx";
import { CompareView, DiscoverPage, GlossaryView, GuidedTour, ImportedSummary, ImportPairings, InfoPage, TextView } from "./lazyParts.ts";
import { Notices } from "./Notices.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { UnitPanel } from "./UnitPanel.tsx";
import { ViewSwitch } from "./ViewSwitch.tsx";
import { VersionPicker, VersionSummary } from "./VersionPicker.tsx";
import { OpenImport } from "./import/OpenImport.tsx";
import { useImports, type Imports } from "./import/useImports.ts";
import { defaultPair } from "../state/urlState.ts";

export function App({ dataset: builtin, location }: { dataset: Dataset; location?: { search: string } }) {
  // Imported organisations join the built-in versions; a deep link to one waits for the browser's store.
  const imports = useImports(builtin, location);
  if (imports.pending) return <p className="fr-p-2w">Chargement…</p>;
  return <Explorer builtin={builtin} imports={imports} location={location} />;
}

function Explorer({ builtin, imports, location }: { builtin: Dataset; imports: Imports; location?: { search: string } }) {
  const dataset = imports.dataset;
  const explorer = useExplorer(dataset, location);
  const { index, pane, dispatch } = explorer;
  const [searchWanted, setSearchWanted] = useState(explorer.query.trim() !== "");
  // The index covers missions: a large dataset's arrive after its chart (the box says it is getting ready).
  const search = useSearchEngine(dataset, explorer.indexes, !dataset.detailsPending && (searchWanted || explorer.query.trim() !== ""));
  const { engine } = search;
  const groups = useMemo(
    () => engine?.groups(explorer.query, { version: pane.version, allVersions: explorer.allVersions, closest: "later" }) ?? [],
    [engine, explorer.query, pane.version, explorer.allVersions],
  );
  const matches = useMemo(
    () => new Set(groups.filter((g) => g.version === pane.version).flatMap((g) => g.items.filter((i) => !i.viaLineage).map((i) => i.unitId))),
    [groups, pane.version],
  );
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const compare = explorer.view === "comparer";
  // « Découvrir la DGOS » and « Glossaire » are reading pages: no version picker, search or panel.
  const page = explorer.view === "decouvrir" || explorer.view === "glossaire";
  const [tour, setTour] = useState(false);
  const openUnit = (version: string, unitId: string) => {
    explorer.setView("arbre");
    explorer.selectIn(version, unitId);
  };
  const infoPage = isPageView(explorer.view) ? explorer.view : null;
  const titled = compare ? explorer.compareSelection : pane.selected ? { side: "from", unit: pane.selected } : null;
  const titledVersion = compare ? (titled?.side === "to" ? explorer.compare.to : explorer.compare.from) : pane.version;
  const titledUnit = titled ? explorer.indexes.get(titledVersion)?.byId.get(titled.unit) : undefined;
  const title = documentTitle({
    view: explorer.view,
    version: pane.version,
    unitLabel: titledUnit ? (titledUnit.code ?? titledUnit.shortName ?? titledUnit.name) : null,
    compare: explorer.compare,
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const removeImport = (id: string) => {
    if (pane.version === id) explorer.setVersion(builtin.versions[builtin.versions.length - 1]?.id ?? "");
    if (explorer.compare.from === id || explorer.compare.to === id) explorer.setCompare(defaultPair(builtin));
    void imports.remove(id);
  };
  const importedOrg = imports.orgs.find((o) => o.id === index.version.id);
  const comparedImports = compare ? imports.orgs.filter((o) => o.id === explorer.compare.from || o.id === explorer.compare.to) : [];
  const version = (id: string) => dataset.versions.find((v) => v.id === id);

  return (
    <SearchEngineContext.Provider value={search}>
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <main id="contenu" className={`app app--${explorer.view}`} tabIndex={-1}>
        <h1 className="fr-sr-only">Organigramme de la direction générale de l'offre de soins</h1>
        {infoPage ? (
          <LazyPart
            part={InfoPage}
            what="la page"
            fallback={<p className="fr-p-2w">Chargement…</p>}
            props={{ page: infoPage, sources: dataset.sources.documents, onBack: () => explorer.setView("arbre") }}
          />
        ) : (
        <>
        <div className="toolbar">
          {!compare && !page && (
            <VersionPicker versions={dataset.versions} value={pane.version} onChange={explorer.setVersion} />
          )}
          {!compare && !page && (
            <div id="recherche" className="toolbar__search" tabIndex={-1}>
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
            </div>
          )}
          <ViewSwitch value={explorer.view} onChange={explorer.setView} />
          {!compare && <ExportButton dataset={dataset} index={index} collapsed={pane.collapsed} selected={pane.selected} />}
          <OpenImport imports={imports.orgs} onImported={(org) => (void imports.add(org), explorer.setVersion(org.id))} onRemove={removeImport} />
        </div>
        {imports.storeError && <p className="fr-alert fr-alert--warning fr-alert--sm">{imports.storeError}</p>}
        {!compare && importedOrg && (
          <LazyPart part={ImportedSummary} what="le résumé de l'organigramme importé" props={{ org: importedOrg, onRemove: removeImport }} />
        )}
        {!compare && !page && !isImportedVersionId(index.version.id) && <VersionSummary version={index.version} versions={builtin.versions} sourceTitle={sourceTitle} />}
        <Notices notices={explorer.notices} onDismiss={explorer.dismissNotice} />
        {!compare && search.failed && <LoadFailure what="le moteur de recherche" onRetry={search.retry} />}
        {explorer.view === "decouvrir" && (
          <LazyPart
            part={DiscoverPage}
            what="la page « Découvrir la DGOS »"
            fallback={<p className="fr-p-2w">Chargement de la page « Découvrir la DGOS »…</p>}
            props={{
              dataset,
              onOpenUnit: openUnit,
              onCompare: (from: string, to: string) => {
                explorer.setView("comparer");
                explorer.setCompare({ from, to });
              },
              onStartTour: () => {
                explorer.setView("arbre");
                setTour(true);
              },
              onShowGlossary: () => explorer.setView("glossaire"),
            }}
          />
        )}
        {explorer.view === "glossaire" && (
          <LazyPart part={GlossaryView} what="le glossaire" fallback={<p className="fr-p-2w">Chargement du glossaire…</p>} props={{ dataset, onOpenUnit: openUnit }} />
        )}
        {tour && <LazyPart part={GuidedTour} what="la visite guidée" props={{ onClose: () => setTour(false) }} />}
        {comparedImports.length > 0 && version(explorer.compare.from) && version(explorer.compare.to) && (
          <LazyPart
            part={ImportPairings}
            what="les correspondances proposées"
            props={{ from: version(explorer.compare.from)!, to: version(explorer.compare.to)!, orgs: comparedImports, onSave: (org) => void imports.add(org) }}
          />
        )}
        {page ? null : compare ? (
          <LazyPart part={CompareView} what="la vue de comparaison" fallback={<p className="fr-p-2w">Chargement de la comparaison…</p>} props={{ explorer }} />
        ) : (
          <div className={pane.selected ? "workspace workspace--open" : "workspace"}>
            <section id="organigramme" tabIndex={-1} className="workspace__main" aria-label={explorer.view === "texte" ? "Vue texte" : "Organigramme"}>
              {explorer.view === "texte" ? (
                <LazyPart part={TextView} what="la vue texte" fallback={<p className="fr-p-2w">Chargement de la vue texte…</p>} props={{ index, pane, dispatch, matches }} />
              ) : (
                <ChartAfterResults index={index} pane={pane} dispatch={dispatch} label={`Organigramme ${index.version.id}`} matches={matches} />
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
        </>
        )}
      </main>
      <SiteFooter onOpen={explorer.setView} />
    </GlossaryProvider>
    </SearchEngineContext.Provider>
  );
}

// The chart shows the search's matches one frame after the results list: a keystroke's frame then
// waits for the list only, not for the chart's cards to be rendered, committed and repainted.
const MemoChartPane = memo(ChartPane);
const ChartAfterResults = memo(function ChartAfterResults(props: ChartPaneProps) {
  return <MemoChartPane {...props} matches={useAfterPaint(props.matches)} />;
});
