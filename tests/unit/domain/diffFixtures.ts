// Terse builders for lineage, diff and search tests: units, versions and links written as
// "2010:r1" references, so a three-version scenario fits on one screen.
import type { Dataset, GlossaryEntry, LineageLink, LinkConfidence, LinkType, Unit, Version } from "../../../src/domain/schema.ts";

const source = { file: "000_test.txt", passage: "passage de test" };

export function unit(id: string, parent: string | null, overrides: Partial<Unit> = {}): Unit {
  return {
    id,
    kind: parent === null ? "direction" : "bureau",
    name: `Unité ${id}`,
    parent,
    missions: { status: "not-described", reason: "non décrit" },
    sources: [source],
    ...overrides,
  };
}

export function described(...items: string[]): Unit["missions"] {
  return { status: "described", items };
}

export function version(id: string, units: Unit[]): Version {
  return {
    id,
    label: `Organisation ${id}`,
    effectiveDate: { value: id, note: `Année ${id}`, source },
    legalBasis: null,
    sources: [source.file],
    headcounts: [],
    bodies: [],
    themes: [],
    gaps: [],
    units,
  };
}

const parseRef = (ref: string | null) => {
  if (ref === null) return null;
  const [version, unit] = ref.split(":");
  return { version: version as string, unit: unit as string };
};

/** A link between "version:unit" references; the reason defaults to "<type> <from> -> <to>", the confidence to « stated ». */
export function link(from: string | null, to: string | null, type: LinkType, reason?: string, confidence: LinkConfidence = "stated"): LineageLink {
  return {
    from: parseRef(from),
    to: parseRef(to),
    type,
    confidence,
    reason: reason ?? `${type} ${from ?? "∅"} -> ${to ?? "∅"}`,
    sources: [{ file: "000_test.txt", passage: reason ?? `${from ?? "∅"} -> ${to ?? "∅"}` }],
  };
}

export function dataset(versions: Version[], links: LineageLink[], glossary: Array<[string, string]> = []): Dataset {
  const entries: GlossaryEntry[] = glossary.map(([acronym, expansion]) => ({ acronym, expansion, source }));
  return {
    sources: { documents: [{ file: source.file, title: "Test", kind: "brochure", describes: "DGOS" }] },
    glossary: { entries },
    versions,
    lineage: { links },
  };
}

/** Links `continues` for every id present in both versions (same id), for the boring part of a scenario. */
export function continuesAll(from: Version, to: Version, except: string[] = []): LineageLink[] {
  const ids = new Set(to.units.map((u) => u.id));
  return from.units
    .filter((u) => ids.has(u.id) && !except.includes(u.id))
    .map((u) => link(`${from.id}:${u.id}`, `${to.id}:${u.id}`, "continues"));
}
