// A unit's line through all versions (2010 → 2016 → 2024), each step with how sure the link is
// (written by a source, same code or name, or a judgement) and its reason. The change class is
// not named here: in the comparison it comes from the diff alone, so no two views disagree.
import type { VersionIndex } from "../domain/hierarchy.ts";
import { linksTo, traceLineage } from "../domain/lineage.ts";
import type { Dataset, LineageLink } from "../domain/schema.ts";
import { unitLabel } from "../state/paneState.ts";
import { CONFIDENCE_LABELS } from "./labels.ts";

function Evidence({ link }: { link: LineageLink }) {
  return (
    <span className="timeline__link">
      {" "}
      <span className={`tag tag--confidence tag--confidence-${link.confidence}`}>{CONFIDENCE_LABELS[link.confidence]}</span> {link.reason}
    </span>
  );
}

interface Props {
  dataset: Dataset;
  indexes: ReadonlyMap<string, VersionIndex>;
  version: string;
  unitId: string;
  onSelectIn: (version: string, unitId: string) => void;
}

export function LineageTimeline({ dataset, indexes, version, unitId, onSelectIn }: Props) {
  return (
    <ol className="timeline">
      {dataset.versions.map((v) => {
        const isCurrent = v.id === version;
        const trace = isCurrent ? { counterparts: [], deadEnds: [] } : traceLineage(dataset, { version, unit: unitId }, v.id);
        const matches = trace.counterparts;
        // Where the line stops, the lineage's own « no successor » (or « created ») link says why.
        const endings = matches.length === 0 ? trace.deadEnds.flatMap((d) => (d.ending ? [d.ending] : [])) : [];
        const current = isCurrent ? indexes.get(v.id)?.byId.get(unitId) : undefined;
        // A unit created in this version that also takes up earlier units' missions: its « created »
        // link is no dead end of any trace, so the current step states it (with its confidence) here.
        const incoming = isCurrent ? linksTo(dataset, v.id, unitId) : [];
        const createdHere = incoming.some((l) => l.type !== "created") ? incoming.filter((l) => l.type === "created") : [];
        return (
          <li key={v.id} className={isCurrent ? "timeline__step timeline__step--current" : "timeline__step"}>
            <span className="timeline__year">{v.id}</span>
            {isCurrent && current && <span aria-current="true"> {unitLabel(current)} (affichée)</span>}
            {createdHere.map((link) => (
              <Evidence key={link.reason} link={link} />
            ))}
            {!isCurrent && matches.length === 0 && <span className="timeline__none"> Aucune unité correspondante documentée par la filiation.</span>}
            {!isCurrent && matches.length > 0 && (
              <ul>
                {matches.map((m) => {
                  const target = indexes.get(v.id)?.byId.get(m.unit.unit);
                  if (!target) return null;
                  return (
                    <li key={m.unit.unit}>
                      <button type="button" className="link-button" onClick={() => onSelectIn(v.id, target.id)}>
                        {unitLabel(target)}
                      </button>
                      {m.chain.map((link, i) => (
                        <Evidence key={i} link={link} />
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
            {endings.map((link) => (
              <Evidence key={link.reason} link={link} />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
