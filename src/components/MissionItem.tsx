// A mission item with « Où est passée cette mission ? »: lineage facts first, text matches second,
// each labelled so nobody mistakes a guess for a fact.
import { useEffect, useId, useState } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { MissionTrace } from "../domain/missionTrace.ts";
import type { Dataset } from "../domain/schema.ts";
import { useSearchEngineContext } from "./useSearchEngine.ts";
import { unitLabel } from "../state/paneState.ts";
import { GlossaryText } from "./GlossaryContext.tsx";
import { Highlighted } from "./Highlighted.tsx";
import { LINK_LABELS } from "./labels.ts";

interface Props {
  dataset: Dataset;
  indexes: ReadonlyMap<string, VersionIndex>;
  version: string;
  unitId: string;
  text: string;
  /** Words before the mission, e.g. « non retrouvée mot pour mot : » in the change list. */
  lead?: string;
  onSelectIn: (version: string, unitId: string) => void;
}

export function MissionItem({ dataset, indexes, version, unitId, text, lead, onSelectIn }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const search = useSearchEngineContext();
  const [traces, setTraces] = useState<MissionTrace[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open) return;
    let live = true;
    // The search engine (and its index) loads on first use; outside the app's provider, load it here.
    const engine = search ? search.load() : import("../state/searchEngine.ts").then((m) => m.createSearchEngine(dataset, indexes));
    engine.then(
      (engine) => {
        if (live) setTraces(engine.traceMission(version, unitId, text));
      },
      // The app shows the search engine's load failure with « Réessayer »; here, no endless « Recherche… ».
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [open, search, dataset, indexes, version, unitId, text]);
  return (
    <li>
      {lead}
      <GlossaryText text={text} />{" "}
      <button type="button" className="link-button mission__trace-toggle" aria-expanded={open} aria-controls={id} onClick={() => {
          setOpen(!open);
          setFailed(false);
        }}>
        Où est passée cette mission ?
      </button>
      <div id={id} hidden={!open} className="mission__trace">
        {open && traces === null && <p className="fr-text--xs">{failed ? "La recherche n'a pas pu être chargée (fichier de code non reçu) : refermez puis rouvrez pour réessayer." : "Recherche…"}</p>}
        {open && traces?.length === 0 && <p className="fr-text--xs">Ni la filiation ni le texte des autres versions ne donnent de piste.</p>}
        {open && traces && traces.length > 0 && (
          <ul>
            {traces.map((t) => {
              const unit = indexes.get(t.version)?.byId.get(t.unitId);
              if (!unit) return null;
              return (
                <li key={`${t.version}-${t.unitId}-${t.via}`}>
                  <span className={`tag ${t.via === "lineage" ? "tag--accent" : "tag--guess"}`}>
                    {t.via === "lineage" ? "filiation" : "correspondance de texte"}
                  </span>{" "}
                  {t.version} :{" "}
                  <button type="button" className="link-button" onClick={() => onSelectIn(t.version, t.unitId)}>
                    {unitLabel(unit)}
                  </button>
                  {t.via === "lineage" && t.chain && <span className="timeline__link"> ({t.chain.map((l) => LINK_LABELS[l.type]).join(", puis ")})</span>}
                  {t.via === "text" && t.excerpt && (
                    <span className="mission__excerpt">
                      {" "}
                      — « <Highlighted text={t.excerpt.text} ranges={t.excerpt.ranges} /> » (suggestion, pas un fait établi)
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </li>
  );
}
