// A version's operators, committees and partners, by category, in the version summary.
import { bodiesByCategory, bodyLabel } from "../../domain/bodies.ts";
import type { Version } from "../../domain/schema.ts";
import { GlossaryText } from "../GlossaryContext.tsx";
import { BODY_CATEGORY_ORDER, BODY_CATEGORY_TITLES } from "./bodyLabels.ts";

export function VersionBodies({ version, sourceTitle }: { version: Version; sourceTitle: (file: string) => string }) {
  const groups = bodiesByCategory(version, BODY_CATEGORY_ORDER);
  if (groups.length === 0) return null;
  const files = [...new Set(version.bodies.flatMap((b) => [b.source.file, ...(b.nameSource ? [b.nameSource.file] : [])]))];
  return (
    <>
      <h3 className="fr-h6">Opérateurs, instances et partenaires</h3>
      <ul>
        {groups.map((g) => (
          <li key={g.category}>
            {BODY_CATEGORY_TITLES[g.category]} : <GlossaryText text={g.bodies.map(bodyLabel).join(" ; ")} />
          </li>
        ))}
      </ul>
      <p>Sources : {files.map(sourceTitle).join(" ; ")}.</p>
    </>
  );
}
