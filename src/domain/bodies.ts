// Which operators, committees and partners the sources attach to a unit, and how a version's
// bodies group by category. Pure: no React, no DOM.
import type { Body, SourceRef, Version } from "./schema.ts";

export interface AttachedBody {
  body: Body;
  /** The passage that ties this body to the unit. */
  source: SourceRef;
}

/** The bodies a source ties to `unitId` in `version` (pilotage, tutelle, animation), in data order. */
export function bodiesAttachedTo(version: Version, unitId: string): AttachedBody[] {
  const out: AttachedBody[] = [];
  for (const body of version.bodies) {
    const link = body.attachedTo?.find((a) => a.unit === unitId);
    if (link) out.push({ body, source: link.source });
  }
  return out;
}

/** The version's bodies grouped by category, categories in `order`, empty groups left out. */
export function bodiesByCategory<C extends Body["category"]>(version: Version, order: readonly C[]): { category: C; bodies: Body[] }[] {
  return order
    .map((category) => ({ category, bodies: version.bodies.filter((b) => b.category === category) }))
    .filter((g) => g.bodies.length > 0);
}

/** "Agence nationale d'appui à la performance (ANAP)", or the name alone when it is the acronym. */
export function bodyLabel(body: Body): string {
  return body.acronym && body.acronym !== body.name ? `${body.name} (${body.acronym})` : body.name;
}
