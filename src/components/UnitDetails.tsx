// The selected unit: name, kind, place in the hierarchy, missions (or the sources' silence),
// sub-units, sources, and its line through the other versions. Loaded on demand (UnitPanel.tsx).
import { useEffect, useRef } from "react";
import { importInfo } from "../domain/import/types.ts";
import { pathTo, type VersionIndex } from "../domain/hierarchy.ts";
import { counterparts } from "../domain/lineage.ts";
import type { Dataset, LineageLink, Unit } from "../domain/schema.ts";
import { citeSource, titleOfSource } from "../domain/sources.ts";
import { frenchTypography } from "../domain/frenchTypography.ts";
import { unitLabel } from "../state/paneState.ts";
import { GlossaryText } from "./GlossaryContext.tsx";
import { KIND_LABELS } from "./labels.ts";
import { LineageTimeline } from "./LineageTimeline.tsx";
import { MissionItem } from "./MissionItem.tsx";
import { ShareLink } from "./ShareLink.tsx";
import { UnitBodies } from "./bodies/UnitBodies.tsx";
import { LazyPart } from "./LazyBoundary.tsx";
import { ImportedDetails } from "./lazyParts.ts";
import type { UnitPanelProps } from "./UnitPanel.tsx";

export default function UnitDetails({ dataset, indexes, index, unit, onSelect, onSelectIn, onClose, comparison }: UnitPanelProps & { unit: Unit }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);

  useEffect(() => {
    // Keep the panel's scroll at the top for each new unit.
    headingRef.current?.closest(".panel")?.scrollTo?.({ top: 0 });
  }, [unit.id]);

  const imported = importInfo(unit);
  const path = pathTo(index, unit.id);
  const children = index.children.get(unit.id) ?? [];
  // A large dataset's missions, sources and notes arrive after its chart (domain/datasetParts.ts).
  const pending = dataset.detailsPending === true;
  return (
    <aside className="panel" aria-labelledby="panel-title">
      <div className="panel__head">
        <p className="panel__kind">
          <span className="tag tag--accent">{KIND_LABELS[unit.kind]}</span>{" "}
          {unit.code && <span className="tag">Code {unit.code}</span>}{" "}
          <span className="panel__version">{imported ? "Version importée" : `Version ${index.version.id}`}</span>
        </p>
        <h2 id="panel-title" className="fr-h5" ref={headingRef} tabIndex={-1}>
          <GlossaryText text={unit.name} />
          {unit.shortName && unit.shortName !== unit.code ? (
            <>
              {" "}
              (<GlossaryText text={unit.shortName} />)
            </>
          ) : null}
        </h2>
        {onClose && (
          <button type="button" className="fr-btn--close fr-btn panel__close" title="Fermer le panneau" aria-label="Fermer le panneau" onClick={onClose}>
            Fermer
          </button>
        )}
      </div>

      <ShareLink label="Copier le lien vers cette unité" />
      <nav aria-label="Rattachement" className="panel__path">
        <ol>
          {path.map((u, i) => (
            <li key={u.id}>
              {i === path.length - 1 ? (
                <span aria-current="location">{u.code ?? u.shortName ?? u.name}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onSelect(u.id)} title={u.name}>
                  {u.code ?? u.shortName ?? u.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {!pending && unit.attachment && unit.attachment.basis !== "stated" && (
        <p className="fr-text--sm panel__caveat">
          Rattachement : <GlossaryText text={unit.attachment.note} />
        </p>
      )}

      {comparison}
      <section aria-labelledby="panel-missions">
        <h3 id="panel-missions" className="fr-h6">
          Missions
        </h3>
        {pending ? (
          <DetailsPending error={dataset.detailsError} />
        ) : (
          <Missions dataset={dataset} indexes={indexes} unit={unit} version={index.version.id} sourceTitle={sourceTitle} onSelectIn={onSelectIn} />
        )}
      </section>
      {!pending && unit.context && unit.context.length > 0 && (
        <section aria-labelledby="panel-context">
          <h3 id="panel-context" className="fr-h6">
            Contexte (pas une mission)
          </h3>
          <ul className="fr-text--sm">
            {unit.context.map((c) => (
              <li key={c.text}>
                <GlossaryText text={c.text} /> ({sourceTitle(c.source.file)})
              </li>
            ))}
          </ul>
        </section>
      )}
      {!pending && unit.note && (
        <p className="fr-text--sm">
          <GlossaryText text={unit.note} />
        </p>
      )}

      {children.length > 0 && (
        <section aria-labelledby="panel-children">
          <h3 id="panel-children" className="fr-h6">
            Unités rattachées ({children.length})
          </h3>
          <ul className="panel__list">
            {children.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onSelect(c.id)}>
                  {unitLabel(c)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {imported ? (
        <LazyPart part={ImportedDetails} what="les détails de l'unité importée" props={{ info: imported, onSelect }} />
      ) : (<>
      <UnitBodies version={index.version} unitId={unit.id} sourceTitle={sourceTitle} />

      <section aria-labelledby="panel-lineage">
        <h3 id="panel-lineage" className="fr-h6">
          Dans les autres versions
        </h3>
        <LineageTimeline dataset={dataset} indexes={indexes} version={index.version.id} unitId={unit.id} onSelectIn={onSelectIn} />
      </section>

      <section aria-labelledby="panel-sources">
        <h3 id="panel-sources" className="fr-h6">
          Sources
        </h3>
        {pending ? (
          <p className="fr-text--sm">{dataset.detailsError ? "Non chargées." : "Chargement…"}</p>
        ) : (
          <ul className="panel__sources">
            {unit.sources.map((s) => (
              <li key={`${s.file}-${s.passage.slice(0, 30)}`}>
                <span className="panel__source-title">{citeSource(dataset.sources.documents, s.file)}</span>
                <blockquote className="panel__quote">{frenchTypography(`« ${s.passage} »`)}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>
      </>)}
    </aside>
  );
}

function DetailsPending({ error }: { error?: string }) {
  return error ? (
    <p className="fr-text--sm" role="alert">
      Les missions et les sources n'ont pas pu être chargées : {error}. Rechargez la page.
    </p>
  ) : (
    <p className="fr-text--sm" role="status" aria-busy="true">
      Chargement des missions et des sources…
    </p>
  );
}

function Missions(props: {
  dataset: Dataset;
  indexes: ReadonlyMap<string, VersionIndex>;
  unit: Unit;
  version: string;
  sourceTitle: (file: string) => string;
  onSelectIn: (version: string, unitId: string) => void;
}) {
  const { unit, dataset, indexes } = props;
  if (unit.missions.status === "described") {
    return (
      <ul className="panel__missions">
        {unit.missions.items.map((item) => (
          <MissionItem key={item} dataset={dataset} indexes={indexes} version={props.version} unitId={unit.id} text={item} onSelectIn={props.onSelectIn} />
        ))}
      </ul>
    );
  }
  // The sources are silent: say so, then offer the lineage counterparts' missions, labelled with their year.
  const borrowed: { version: string; unit: Unit; chain: LineageLink[] }[] = [];
  for (const v of dataset.versions) {
    if (v.id === props.version) continue;
    for (const match of counterparts(dataset, { version: props.version, unit: unit.id }, v.id)) {
      const other = indexes.get(v.id)?.byId.get(match.unit.unit);
      if (other && other.missions.status === "described") borrowed.push({ version: v.id, unit: other, chain: match.chain });
    }
  }
  return (
    <>
      <div className="panel__silent">
        <p className="fr-text--sm">
          <strong>Missions non décrites par les sources.</strong> {unit.missions.reason}
        </p>
      </div>
      {borrowed.map((b) => (
        <div key={`${b.version}-${b.unit.id}`} className="panel__borrowed">
          <h4 className="fr-text--sm fr-mb-1v">
            À titre indicatif, missions de l'unité correspondante en {b.version} :{" "}
            <button type="button" className="link-button" onClick={() => props.onSelectIn(b.version, b.unit.id)}>
              {unitLabel(b.unit)} ({b.version})
            </button>
          </h4>
          <ul className="panel__missions panel__missions--borrowed">
            {b.unit.missions.status === "described" &&
              b.unit.missions.items.map((item) => (
                <li key={item}>
                  <GlossaryText text={item} />
                </li>
              ))}
          </ul>
          <p className="fr-text--xs panel__borrowed-note">
            Texte de {b.version}, pas de la version affichée ; source : {[...new Set(b.unit.sources.map((s) => props.sourceTitle(s.file)))].join(" ; ")}.
          </p>
        </div>
      ))}
    </>
  );
}
