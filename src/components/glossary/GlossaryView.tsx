// « Glossaire »: every acronym with its expansion, its source (or the named public text when the
// sources lack it), a definition when a source gives one, the units that use it, and for a body
// (operator, committee) the units a source ties it to.
import { useDeferredValue, useId, useMemo, useState } from "react";
import type { Dataset, GlossaryEntry } from "../../domain/schema.ts";
import { titleOfSource } from "../../domain/sources.ts";
import { bodyAttachments, filterGlossary, termUsages, type BodyAttachment, type TermUse } from "../../domain/termUsage.ts";
import { unitLabel } from "../../state/paneState.ts";
import { Cite } from "../discover/Cite.tsx";
import "../discover/discover.css";
import "./glossary.css";

export interface GlossaryViewProps {
  dataset: Dataset;
  onOpenUnit: (version: string, unitId: string) => void;
}

export default function GlossaryView({ dataset, onOpenUnit }: GlossaryViewProps) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const id = useId();
  const sourceTitle = (file: string) => titleOfSource(dataset.sources.documents, file);
  const usages = useMemo(() => termUsages(dataset), [dataset]);
  const attachments = useMemo(() => bodyAttachments(dataset), [dataset]);
  // The five source files are those the versions draw on; any other cited text is a named public source.
  const sourceFiles = useMemo(() => new Set(dataset.versions.flatMap((v) => v.sources)), [dataset]);
  const entries = useMemo(
    () => filterGlossary([...dataset.glossary.entries].sort((a, b) => a.acronym.localeCompare(b.acronym, "fr")), deferred),
    [dataset, deferred],
  );
  const total = dataset.glossary.entries.length;
  return (
    <article className="discover glossary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Glossaire
      </h2>
      <p className="fr-text--sm discover__lead">
        Les {total} sigles des sources, leur développement et sa source, une définition quand une source en donne une, les entités dont l'intitulé ou
        les missions les emploient, et pour un organisme les entités auxquelles une source le rattache. Un développement marqué « déduit » n'est écrit tel quel dans aucune source.
      </p>
      <div className="fr-input-group glossary__filter">
        <label className="fr-label" htmlFor={`${id}-filter`}>
          Filtrer le glossaire
          <span className="fr-hint-text">Sigle, développement ou définition ; accents et majuscules indifférents.</span>
        </label>
        <input id={`${id}-filter`} className="fr-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      <p className="fr-text--sm" role="status">
        {entries.length === total ? `${total} termes.` : entries.length === 0 ? `Aucun terme ne correspond à « ${deferred} ».` : `${entries.length} termes sur ${total}.`}
      </p>
      <ul className="glossary__list">
        {entries.map((e) => (
          <Entry key={e.acronym} entry={e} uses={usages.get(e.acronym) ?? []} followedBy={attachments.get(e.acronym) ?? []} fromSources={sourceFiles.has(e.source.file)} sourceTitle={sourceTitle} onOpenUnit={onOpenUnit} dataset={dataset} />
        ))}
      </ul>
    </article>
  );
}

function Entry(props: {
  entry: GlossaryEntry;
  uses: TermUse[];
  followedBy: BodyAttachment[];
  fromSources: boolean;
  sourceTitle: (file: string) => string;
  onOpenUnit: (version: string, unitId: string) => void;
  dataset: Dataset;
}) {
  const { entry, fromSources, sourceTitle } = props;
  const headingId = useId();
  return (
    <li className="glossary__entry">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="fr-h6 glossary__term">
          <span lang="fr">{entry.acronym}</span> — {entry.expansion}
        </h3>
        {entry.basis?.kind === "inferred" && (
          <p className="fr-text--sm">
            <span className="tag tag--warning">Développement déduit</span> {entry.basis.note}
          </p>
        )}
        {!fromSources && (
          <p className="fr-text--sm">
            <span className="tag">Absent des cinq sources</span> Développement pris dans un texte public nommé.
          </p>
        )}
        {entry.definition && (
          <p className="fr-text--sm">
            Définition : {entry.definition.text}
            <Cite source={entry.definition.source} sourceTitle={sourceTitle} quote />
          </p>
        )}
        <p className="fr-text--sm">
          Développement
          <Cite source={entry.source} sourceTitle={sourceTitle} quote />
        </p>
        <Uses {...props} />
        <FollowedBy {...props} />
      </section>
    </li>
  );
}

function Uses({ entry, uses, onOpenUnit, dataset }: { entry: GlossaryEntry; uses: TermUse[]; onOpenUnit: (v: string, u: string) => void; dataset: Dataset }) {
  if (uses.length === 0) {
    return <p className="fr-text--sm glossary__none">Aucune entité ne l'emploie dans son intitulé ou ses missions.</p>;
  }
  const unitOf = (use: TermUse) => dataset.versions.find((v) => v.id === use.version)?.units.find((u) => u.id === use.unitId);
  const items = uses.map((use) => {
    const unit = unitOf(use);
    const label = unit ? unitLabel(unit) : use.unitId;
    const where = [use.inName ? "intitulé" : null, use.missions.length > 0 ? `${use.missions.length} mission${use.missions.length > 1 ? "s" : ""}` : null].filter(Boolean).join(", ");
    return (
      <li key={`${use.version}-${use.unitId}`}>
        <button type="button" className="link-button" onClick={() => onOpenUnit(use.version, use.unitId)} title={use.missions.join(" ; ") || undefined}>
          {label} ({use.version})
        </button>{" "}
        <span className="panel__file">— {where}</span>
      </li>
    );
  });
  const list = <ul className="glossary__uses">{items}</ul>;
  const summary = `Employé par ${uses.length} entité${uses.length > 1 ? "s" : ""}`;
  if (uses.length <= 6) {
    return (
      <>
        <p className="fr-text--sm glossary__uses-title">{summary} :</p>
        {list}
      </>
    );
  }
  return (
    <details className="glossary__more">
      <summary className="fr-text--sm">
        {summary} — afficher la liste<span className="fr-sr-only"> pour {entry.acronym}</span>
      </summary>
      {list}
    </details>
  );
}

/** The units a source ties the body of this acronym to (tutelle, pilotage, animation), each with the tying passage. */
function FollowedBy({ followedBy, onOpenUnit, dataset, sourceTitle }: { followedBy: BodyAttachment[]; onOpenUnit: (v: string, u: string) => void; dataset: Dataset; sourceTitle: (file: string) => string }) {
  if (followedBy.length === 0) return null;
  const unitOf = (a: BodyAttachment) => dataset.versions.find((v) => v.id === a.version)?.units.find((u) => u.id === a.unitId);
  return (
    <>
      <p className="fr-text--sm glossary__uses-title">Organisme que les sources rattachent à :</p>
      <ul className="glossary__uses">
        {followedBy.map((a) => {
          const unit = unitOf(a);
          return (
            <li key={`${a.version}-${a.unitId}`}>
              <button type="button" className="link-button" onClick={() => onOpenUnit(a.version, a.unitId)}>
                {unit ? unitLabel(unit) : a.unitId} ({a.version})
              </button>
              <Cite source={a.source} sourceTitle={sourceTitle} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
