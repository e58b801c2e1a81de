import { SegmentedControl } from "@codegouvfr/react-dsfr/SegmentedControl";
import type { Version } from "../domain/schema.ts";
import { formatIsoDate } from "./labels.ts";

interface Props {
  versions: readonly Version[];
  value: string;
  onChange: (version: string) => void;
  legend?: string;
  name?: string;
}

export function VersionPicker({ versions, value, onChange, legend = "Version de l'organigramme", name = "version" }: Props) {
  return (
    <SegmentedControl
      small
      legend={legend}
      name={name}
      segments={
        versions.map((v) => ({
          label: v.id,
          nativeInputProps: {
            value: v.id,
            checked: v.id === value,
            onChange: () => onChange(v.id),
            "aria-describedby": undefined,
          },
        })) as [never, never]
      }
    />
  );
}

/** Date, legal basis, headcounts and the sources' gaps for one version. */
export function VersionSummary({ version, sourceTitle }: { version: Version; sourceTitle: (file: string) => string }) {
  return (
    <section className="version-summary" aria-label={`Version ${version.id}`}>
      <p className="version-summary__line">
        <strong>{version.label}</strong>
        {" · "}
        <span title={version.effectiveDate.note}>Date : {formatIsoDate(version.effectiveDate.value)}</span>
        {" · "}
        {version.legalBasis ? (
          <span>Base juridique : {version.legalBasis.title}</span>
        ) : (
          <span>Base juridique : non indiquée par les sources</span>
        )}
        {" · "}
        <span>
          Effectifs :{" "}
          {version.headcounts.length === 0
            ? "non indiqués par les sources"
            : version.headcounts
                .map((h) => `${h.approximate ? "environ " : ""}${h.value} agents${h.date ? ` (${formatIsoDate(h.date)})` : ""}`)
                .join(" ; ")}
        </span>
      </p>
      <details className="version-summary__details">
        <summary>Sources et limites de cette version</summary>
        <p>{version.effectiveDate.note}</p>
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
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}
