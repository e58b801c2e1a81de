// The operators, committees and partners that a source ties to the selected unit.
import { bodiesAttachedTo, bodyLabel } from "../../domain/bodies.ts";
import type { Version } from "../../domain/schema.ts";
import { GlossaryText } from "../GlossaryContext.tsx";
import { SourceCite } from "../SourceCite.tsx";
import { BODY_CATEGORY_LABELS } from "./bodyLabels.ts";

export function UnitBodies({ version, unitId, sourceTitle }: { version: Version; unitId: string; sourceTitle: (file: string) => string }) {
  const attached = bodiesAttachedTo(version, unitId);
  if (attached.length === 0) return null;
  // Operators named together share one passage: cite it once under the list.
  const passages = new Set(attached.map((a) => `${a.source.file}\n${a.source.passage}`));
  const shared = passages.size === 1 ? attached[0]!.source : null;
  return (
    <section aria-labelledby="panel-bodies">
      <h3 id="panel-bodies" className="fr-h6">
        Opérateurs et instances liés à cette unité ({attached.length})
      </h3>
      <ul className="panel__list">
        {attached.map(({ body, source }) => (
          <li key={body.name}>
            <strong>
              <GlossaryText text={bodyLabel(body)} />
            </strong>{" "}
            <span className="tag">{BODY_CATEGORY_LABELS[body.category]}</span>
            {body.role && (
              <>
                {" — "}
                <GlossaryText text={body.role} />
              </>
            )}
            {!shared && (
              <>
                <br />
                <SourceCite source={source} sourceTitle={sourceTitle} label="Lien attesté par :" />
              </>
            )}
          </li>
        ))}
      </ul>
      {shared && <SourceCite source={shared} sourceTitle={sourceTitle} label={attached.length > 1 ? "Lien de ces organismes à l'unité attesté par :" : "Lien attesté par :"} />}
    </section>
  );
}
