import { lazy, Suspense, useMemo, useState } from "react";
import { isImportedVersionId } from "../domain/import/ids.ts";
import type { Dataset } from "../domain/schema.ts";
import { titleOfSource } from "../domain/sources.ts";
import { useExplorer } from "../state/useExplorer.ts";
import { SearchEngineContext, useSearchEngine } from "./useSearchEngine.ts";
import { ChartPane } from "./ChartPane.tsx";
import { SiteFooter } from "./dsfr/SiteFooter.tsx";
import { GlossaryProvider } from "./GlossaryContext.tsx";
import { Notices } from "./Notices.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { TextView } from "./TextView.tsx";
import { UnitPanel } from "./UnitPanel.tsx";
import { ViewSwitch } from "./ViewSwitch.tsx";
import { VersionPicker, VersionSummary } from "./VersionPicker.tsx";
import { OpenImport } from "./import/OpenImport.tsx";
import { useImports, type Imports } from "./import/useImports.ts";
import { defaultPair } from "../state/urlState.ts";

const CompareView = lazy(() => import("./CompareView.tsx"));
const ImportedSummary = lazy(() => import("./import/ImportedSummary.tsx"));
const ImportPairings = lazy(() => import("./import/ImportPairings.tsx"));

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
              loading={searchWanted && engine === null}
            />
          )}
          <ViewSwitch value={explorer.view} onChange={explorer.setView} />
          <OpenImport imports={imports.orgs} onImported={(org) => (void imports.add(org), explorer.setVersion(org.id))} onRemove={removeImport} />
        </div>
        {imports.storeError && <p className="fr-alert fr-alert--warning fr-alert--sm">{imports.storeError}</p>}
        {!compare && importedOrg && (
          <Suspense fallback={null}>
            <ImportedSummary org={importedOrg} onRemove={removeImport} />
          </Suspense>
        )}
        {!compare && !isImportedVersionId(index.version.id) && <VersionSummary version={index.version} versions={builtin.versions} sourceTitle={sourceTitle} />}
        <Notices notices={explorer.notices} onDismiss={explorer.dismissNotice} />
        {comparedImports.length > 0 && version(explorer.compare.from) && version(explorer.compare.to) && (
          <Suspense fallback={null}>
            <ImportPairings from={version(explorer.compare.from)!} to={version(explorer.compare.to)!} orgs={comparedImports} onSave={(org) => void imports.add(org)} />
          </Suspense>
        )}
        {compare ? (
          <Suspense fallback={<p className="fr-p-2w">Chargement de la comparaison…</p>}>
            <CompareView explorer={explorer} />
          </Suspense>
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
