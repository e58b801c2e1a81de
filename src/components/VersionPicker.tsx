import { GlossaryText } from "./GlossaryContext.tsx";
import { Segmented } from "./dsfr/Segmented.tsx";
import type { Version } from "../domain/schema.ts";
import { formatIsoDate } from "./labels.ts";
import { VersionBodies } from "./bodies/VersionBodies.tsx";
import { isImportedVersionId } from "../domain/import/ids.ts";

interface Props {
  versions: readonly Version[];
  value: string;
  onChange: (version: string) => void;
  legend?: string;
  name?: string;
}

export function VersionPicker({ versions, value, onChange, legend = "Version de l'organigramme", name = "version" }: Props) {
  return (
    <Segmented
      legend={legend}
      name={name}
      value={value}
      onChange={onChange}
      options={versions.map((v) => ({
        value: v.id,
        label: isImportedVersionId(v.id) ? (
          <>
            <span className="imported-mark">importé</span> {v.label.length > 24 ? `${v.label.slice(0, 24)}…` : v.label}
            <span className="fr-sr-only"> — organigramme importé, {v.effectiveDate.note}</span>
          </>
        ) : (
          <>
            {v.id}
            <span className="fr-sr-only"> — {versionFacts(v)}</span>
          </>
        ),
      }))}
    />
  );
}

function headcountText(v: Version): string {
  return v.headcounts.length === 0
    ? "non indiqués par les sources"
    : v.headcounts.map((h) => `${h.approximate ? "environ " : ""}${h.value} agents${h.date ? ` (${formatIsoDate(h.date)})` : ""}`).join(" ; ");
}

function versionFacts(v: Version): string {
  return `date : ${formatIsoDate(v.effectiveDate.value)} ; base juridique : ${v.legalBasis ? v.legalBasis.title : "non indiquée par les sources"} ; effectifs : ${headcountText(v)}`;
}

/** Date, legal basis and headcounts of every version side by side. */
export function VersionTable({ versions }: { versions: readonly Version[] }) {
  return (
    <div className="version-table">
      <table>
        <caption className="fr-text--sm">Les versions de l'organigramme</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Date</th>
            <th scope="col">Base juridique</th>
            <th scope="col">Effectifs</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.id}</th>
              <td>{formatIsoDate(v.effectiveDate.value)}</td>
              <td>{v.legalBasis ? v.legalBasis.title : "non indiquée par les sources"}</td>
              <td>{headcountText(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Date, legal basis, headcounts and the sources' gaps for one version. */
export function VersionSummary({ version, versions, sourceTitle }: { version: Version; versions: readonly Version[]; sourceTitle: (file: string) => string }) {
  return (
    <section className="version-summary" aria-label={`Version ${version.id}`}>
      <p className="version-summary__line">
        <strong>{version.label}</strong>
        {" · "}
        <span title={version.effectiveDate.note}>
          Date : {formatIsoDate(version.effectiveDate.value)}
          {version.effectiveDate.basis === "inferred" && " (déduite du contenu de la brochure, qui n'est pas datée)"}
        </span>
        {" · "}
        {version.legalBasis ? (
          <span>Base juridique : {version.legalBasis.title}</span>
        ) : (
          <span>Base juridique : non indiquée par les sources</span>
        )}
        {" · "}
        <span>Effectifs : {headcountText(version)}</span>
      </p>
      <details className="version-summary__details">
        <summary>Sources et limites de cette version, et les autres versions</summary>
        <p>
          <GlossaryText text={version.effectiveDate.note} />
        </p>
        <p>Sources : {version.sources.map(sourceTitle).join(" ; ")}</p>
        {version.headcounts.map((h) => (
          <p key={`${h.value}-${h.source.file}`}>
            {h.approximate ? "Environ " : ""}
            {h.value} agents : « {h.source.passage} » ({sourceTitle(h.source.file)})
          </p>
        ))}
        {version.gaps.length > 0 && (
          <>
            <h3 className="fr-h6">Ce que les sources ne couvrent pas</h3>
            <ul>
              {version.gaps.map((gap) => (
                <li key={gap}>
                  <GlossaryText text={gap} />
                </li>
              ))}
            </ul>
          </>
        )}
        <VersionBodies version={version} sourceTitle={sourceTitle} />
        <VersionTable versions={versions} />
      </details>
    </section>
  );
}
