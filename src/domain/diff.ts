// Comparison of two versions of the organisation, unit by unit.
//
// RULES (also in the README). Let S(a) be the counterparts on the to-side of a from-side unit a,
// and P(b) those on the from-side of a to-side unit b (lineage.ts; 2010 → 2024 goes through 2016).
//   • S(a) empty                                → a is « supprimé » (removed) only when every place the
//                                                   lineage stops has a no-successor link that a source
//                                                   states (confidence « stated »); otherwise « sans
//                                                   correspondant documenté » (undocumented): the sources'
//                                                   silence is not evidence of a removal.
//   • |S(a)| ≥ 2                                → a is « scindé » (split).
//   • S(a) = {b} and |P(b)| ≥ 2                 → a and b are « fusionné » (merged).
//   • S(a) = {b} and P(b) = {a}                 → a pair, compared on computed facts:
//       - name changed: normalizeText(name) differs, unless the kind is the same and the names
//         have the same distinctive words (see nameKey: the 2016 chart writes « Synthèse
//         organisationnelle et financière » for the 2010 « Bureau de la synthèse … »);
//       - moved: b's parent is not a counterpart of a's parent (one root and not the other also
//         counts). Only claimed when both attachments are reliable: if a or b has an attachment
//         basis other than « stated », if a parent id does not resolve, or if the lineage is
//         silent on what became of a's parent, the class stays unmoved, parentChange is still
//         reported and a caveat « rattachement non établi par les sources … » explains why;
//       → « inchangé », « renommé », « déplacé » or « renommé et déplacé ».
//   • P(b) empty                                → b is « créé » (created) when a source states its creation
//                                                   (a created link of confidence « stated »), else
//                                                   « sans correspondant documenté » (no documented predecessor).
//   • b has a stated created link and P(b) ≠ ∅  → b is « créé »; P(b) are the earlier units it takes
//                                                   missions from (takesMissionsFrom). The earlier units
//                                                   with no other target belong to that change.
//   • Otherwise b takes the class of its pair: « fusionné » when |P(b)| ≥ 2 (even if some of its
//     sources also split), else « scindé » (a piece of a split) or the pair's class.
// Each unit belongs to exactly one change, whose class is its class. A change owns:
//   removed/undocumented {a} → ∅ or ∅ → {b}; created ∅ → {b} (plus P(b) restricted to units with no
//   other target, when a source states the creation); pair {a} → {b};
//   split {a} → the targets of a that have no other source;
//   merge P(b) restricted to units with no other target → {b}.
// When a split and a merge cross (a splits into b and c, b also absorbs a'), the units owned by
// the other change are listed in `related` with a caveat, so every unit still appears once.
// Counts are per change: a merge of 3 units into 1 counts once, as does a split into 3.
// Missions are diffed (items compared after normalizeText) only when every unit of the change
// on both sides has described missions. Removed and created units cite the no-successor or
// created link; when the lineage is simply silent, a caveat says the class is an inference.
// Names, parents and missions are always computed from the units; link types are never read
// (only their reasons, confidence and sources are carried as evidence), except « created » and
// « no-successor » links, whose confidence decides between « créé »/« supprimé » and « sans
// correspondant documenté ».
import { isImportedVersionId } from "./import/ids.ts";
import { findUnit, linksTo, traceLineage, type DeadEnd } from "./lineage.ts";
import { normalizeText, searchTerms } from "./normalize.ts";
import type { Dataset, LineageLink, LinkConfidence, SourceRef, Unit, UnitRef, Version } from "./schema.ts";

export const CHANGE_CLASSES = [
  "unchanged",
  "renamed",
  "moved",
  "renamed-moved",
  "merged",
  "split",
  "created",
  "removed",
  "undocumented",
] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

export const CHANGE_CLASS_LABELS: Record<ChangeClass, string> = {
  unchanged: "inchangé",
  renamed: "renommé",
  moved: "déplacé",
  "renamed-moved": "renommé et déplacé",
  merged: "fusionné",
  split: "scindé",
  created: "créé",
  removed: "supprimé",
  undocumented: "sans correspondant documenté",
};

/** Weakest first: a change is only as sure as its least sure link. */
const CONFIDENCE_ORDER: readonly LinkConfidence[] = ["judgement", "identical", "stated"];

export interface Evidence {
  reason: string;
  confidence: LinkConfidence;
}

export interface Change {
  /** Stable id built from the owned units, e.g. "2016:r1->2024:financement-performance". */
  id: string;
  class: ChangeClass;
  from: UnitRef[];
  to: UnitRef[];
  /** Units linked to this change by lineage but owned by another change (crossing split and merge). */
  related: UnitRef[];
  nameChange?: { before: string; after: string };
  parentChange?: { before: UnitRef | null; after: UnitRef | null };
  /** Only when every unit on both sides has described missions; items compared after normalizeText. */
  missions?: { added: string[]; removed: string[] };
  reasons: string[];
  /** Each reason with the confidence of its link, in the order of `reasons`. */
  evidence: Evidence[];
  /** The weakest confidence among the change's links; null when no link concerns it (silent lineage). */
  confidence: LinkConfidence | null;
  /** For a unit whose creation a source states: the earlier units it takes missions from (by lineage). */
  takesMissionsFrom?: UnitRef[];
  sources: SourceRef[];
  caveats: string[];
}

export interface DiffResult {
  from: string;
  to: string;
  changes: Change[];
  classOf: { from: Map<string, ChangeClass>; to: Map<string, ChangeClass> };
  changesByUnit: { from: Map<string, Change[]>; to: Map<string, Change[]> };
  counts: Record<ChangeClass, number>;
}

/**
 * The distinctive words of a unit's name: folded, stopwords and punctuation dropped, the
 * leading designator of its kind dropped (« Bureau », « Sous-direction »…), plurals and
 * « 1er » folded. Sources differ in typography, not in substance, on all of these.
 */
export function nameKey(unit: Pick<Unit, "name" | "kind">): string {
  let terms = searchTerms(unit.name);
  const designator = unit.kind.split("-");
  if (terms.length > designator.length && designator.every((w, i) => terms[i] === w)) terms = terms.slice(designator.length);
  return terms
    .map((t) => (t === "1er" ? "premier" : t === "1re" ? "premiere" : t.length > 3 ? t.replace(/[sx]$/, "") : t))
    .join(" ");
}

/** Whether two units bear the same name for the diff (a change of kind with a new wording is a rename). */
export function sameName(a: Unit, b: Unit): boolean {
  return normalizeText(a.name) === normalizeText(b.name) || (a.kind === b.kind && nameKey(a) === nameKey(b));
}

const BASIS_LABELS = { "chart-layout": "déduit de la disposition de l'organigramme", "not-stated": "non indiqué" };

function getVersion(dataset: Dataset, id: string): Version {
  const version = dataset.versions.find((v) => v.id === id);
  if (!version) throw new RangeError(`Unknown version « ${id} »`);
  return version;
}

/** Classifies every unit of both versions; see the rules at the top of this file. */
export function diff(dataset: Dataset, fromVersionId: string, toVersionId: string): DiffResult {
  const fromV = getVersion(dataset, fromVersionId);
  const toV = getVersion(dataset, toVersionId);
  const toIds = new Set(toV.units.map((u) => u.id));
  const ref = (version: Version, unit: string): UnitRef => ({ version: version.id, unit });
  const unitOf = (r: UnitRef) => findUnit(dataset, r) as Unit;
  const label = (r: UnitRef) => {
    const u = findUnit(dataset, r);
    return `${u?.code ?? u?.shortName ?? u?.name ?? r.unit} (${isImportedVersionId(r.version) ? "importé" : r.version})`;
  };
  const list = (refs: UnitRef[]) => refs.map(label).join(", ");
  const plural = (refs: unknown[], one: string, many: string) => (refs.length === 1 ? one : many);

  // S and its inverse P, each target with the chain that reaches it.
  const S = new Map<string, Map<string, LineageLink[]>>();
  const P = new Map<string, Map<string, LineageLink[]>>(toV.units.map((u) => [u.id, new Map()]));
  const deadEnds = new Map<string, DeadEnd[]>();
  for (const a of fromV.units) {
    const trace = traceLineage(dataset, ref(fromV, a.id), toV.id);
    const targets = new Map(trace.counterparts.filter((c) => toIds.has(c.unit.unit)).map((c) => [c.unit.unit, c.chain]));
    S.set(a.id, targets);
    deadEnds.set(a.id, trace.deadEnds);
    for (const [b, chain] of targets) P.get(b)?.set(a.id, chain);
  }
  const sizeS = (a: string) => S.get(a)?.size ?? 0;
  const sizeP = (b: string) => P.get(b)?.size ?? 0;

  const changes: Change[] = [];
  const mergeDone = new Set<string>();
  const make = (cls: ChangeClass, from: string[], to: string[], related: UnitRef[] = []): Change => {
    const fromRefs = from.map((id) => ref(fromV, id));
    const toRefs = to.map((id) => ref(toV, id));
    const key = (rs: UnitRef[]) => rs.map((r) => `${r.version}:${r.unit}`).join("+");
    const links = [
      ...from.flatMap((a) => [...(S.get(a)?.values() ?? [])].flat()),
      ...to.flatMap((b) => [...(P.get(b)?.values() ?? [])].flat()),
    ];
    const change: Change = {
      id: `${key(fromRefs)}->${key(toRefs)}`,
      class: cls,
      from: fromRefs,
      to: toRefs,
      related,
      reasons: [],
      evidence: [],
      confidence: null,
      sources: [],
      caveats: [],
    };
    addEvidence(change, links);
    const missions = missionDiff(fromRefs.map(unitOf), toRefs.map(unitOf));
    if (missions) change.missions = missions;
    changes.push(change);
    return change;
  };
  const mergeChange = (b: string) => {
    mergeDone.add(b);
    const sources = fromV.units.filter((u) => P.get(b)?.has(u.id)).map((u) => u.id);
    const related = sources.filter((a) => sizeS(a) >= 2).map((a) => ref(fromV, a));
    const change = make("merged", sources.filter((a) => sizeS(a) === 1), [b], related);
    if (related.length > 0) change.caveats.push(`reçoit aussi une partie de ${list(related)}, ${plural(related, "classée", "classées")} « scindé »`);
  };

  // To-side units whose creation a source states, though they take up earlier missions.
  const statedCreation = new Map<string, LineageLink>();
  for (const b of toV.units) {
    const created = linksTo(dataset, toV.id, b.id).find((l) => l.type === "created" && l.confidence === "stated");
    if (created && sizeP(b.id) > 0 && fromV.id !== toV.id) statedCreation.set(b.id, created);
  }
  const createdChange = (b: string, link: LineageLink) => {
    mergeDone.add(b);
    const sources = fromV.units.filter((u) => P.get(b)?.has(u.id)).map((u) => u.id);
    const related = sources.filter((a) => sizeS(a) >= 2).map((a) => ref(fromV, a));
    const change = make("created", sources.filter((a) => sizeS(a) === 1), [b], related);
    addEvidence(change, [link]);
    change.takesMissionsFrom = sources.map((a) => ref(fromV, a));
  };

  for (const a of fromV.units) {
    const targets = toV.units.filter((u) => S.get(a.id)?.has(u.id)).map((u) => u.id);
    const [b] = targets;
    if (b === undefined) {
      const ends = deadEnds.get(a.id) ?? [];
      const stated = ends.length > 0 && ends.every((d) => d.ending?.confidence === "stated");
      const change = make(stated ? "removed" : "undocumented", [a.id], []);
      explainEnds(change, ends, label, "après");
    } else if (targets.length >= 2) {
      const owned = (t: string) => sizeP(t) === 1 && !statedCreation.has(t);
      const related = targets.filter((t) => !owned(t)).map((t) => ref(toV, t));
      const change = make("split", [a.id], targets.filter(owned), related);
      const merged = related.filter((r) => !statedCreation.has(r.unit));
      const created = related.filter((r) => statedCreation.has(r.unit));
      let lead = change.to.length === 0 ? "se répartit entre" : "une partie va aussi à";
      if (merged.length > 0) {
        change.caveats.push(`${lead} ${list(merged)}, ${plural(merged, "qui reçoit", "qui reçoivent")} aussi d'autres unités (${plural(merged, "classée", "classées")} « fusionné »)`);
        lead = "une partie va aussi à";
      }
      if (created.length > 0)
        change.caveats.push(`${lead} ${list(created)}, dont une source dit ${plural(created, "qu'elle est créée", "qu'elles sont créées")} (${plural(created, "classée", "classées")} « créé »)`);
    } else if (statedCreation.has(b)) {
      if (!mergeDone.has(b)) createdChange(b, statedCreation.get(b) as LineageLink);
    } else if (sizeP(b) >= 2) {
      if (!mergeDone.has(b)) mergeChange(b);
    } else {
      comparePair(make("unchanged", [a.id], [b]), a, unitOf(ref(toV, b)));
    }
  }
  for (const b of toV.units) {
    if (mergeDone.has(b.id)) continue;
    const creation = statedCreation.get(b.id);
    if (creation) createdChange(b.id, creation);
    else if (sizeP(b.id) === 0) {
      const ends = traceLineage(dataset, ref(toV, b.id), fromV.id).deadEnds;
      const stated = ends.length > 0 && ends.every((d) => d.ending?.confidence === "stated");
      const change = make(stated ? "created" : "undocumented", [], [b.id]);
      explainEnds(change, ends, label, "avant");
    } else if (sizeP(b.id) >= 2) mergeChange(b.id);
  }

  function comparePair(change: Change, a: Unit, b: Unit): void {
    const nameChanged = !sameName(a, b);
    if (nameChanged) change.nameChange = { before: a.name, after: b.name };
    const before = a.parent === null ? null : ref(fromV, a.parent);
    const after = b.parent === null ? null : ref(toV, b.parent);
    const parentChanged = before === null || after === null ? before !== after : !S.get(before.unit)?.has(after.unit);
    let moved = false;
    if (parentChanged) {
      change.parentChange = { before, after };
      const doubts = attachmentDoubts(a, b, before, after);
      if (doubts.length === 0) moved = true;
      else change.caveats.push(`rattachement non établi par les sources : ${doubts.join(" ; ")} — le déplacement n'est pas affirmé`);
    }
    change.class = nameChanged ? (moved ? "renamed-moved" : "renamed") : moved ? "moved" : "unchanged";
  }

  function attachmentDoubts(a: Unit, b: Unit, before: UnitRef | null, after: UnitRef | null): string[] {
    const doubts: string[] = [];
    for (const [unit, version] of [[a, fromV], [b, toV]] as const) {
      const att = unit.attachment;
      if (att && att.basis !== "stated") doubts.push(`${label(ref(version, unit.id))} : ${BASIS_LABELS[att.basis]} (${att.note})`);
    }
    for (const parent of [before, after]) if (parent && !findUnit(dataset, parent)) doubts.push(`${label(parent)} introuvable`);
    if (before && findUnit(dataset, before) && sizeS(before.unit) === 0) {
      // A parent that the lineage explicitly ends is a real change; a silent lineage is not evidence.
      if (!(deadEnds.get(before.unit) ?? []).some((d) => d.ending)) doubts.push(`le devenir de ${label(before)} n'est pas documenté`);
    }
    return doubts;
  }

  return summarise(fromV.id, toV.id, changes);
}

function summarise(from: string, to: string, changes: Change[]): DiffResult {
  const classOf = { from: new Map<string, ChangeClass>(), to: new Map<string, ChangeClass>() };
  const changesByUnit = { from: new Map<string, Change[]>(), to: new Map<string, Change[]>() };
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const change of changes) {
    counts[change.class]++;
    for (const side of ["from", "to"] as const) {
      for (const r of change[side]) {
        classOf[side].set(r.unit, change.class);
        changesByUnit[side].set(r.unit, [...(changesByUnit[side].get(r.unit) ?? []), change]);
      }
    }
  }
  return { from, to, changes, classOf, changesByUnit, counts };
}

function addEvidence(change: Change, links: LineageLink[]): void {
  const seenSources = new Set(change.sources.map((s) => `${s.file}\u0000${s.passage}`));
  for (const link of new Set(links)) {
    if (!change.reasons.includes(link.reason)) {
      change.reasons.push(link.reason);
      change.evidence.push({ reason: link.reason, confidence: link.confidence });
    }
    const weakest = change.confidence === null ? link.confidence : CONFIDENCE_ORDER.find((c) => c === link.confidence || c === change.confidence);
    change.confidence = weakest ?? link.confidence;
    for (const source of link.sources) {
      const k = `${source.file}\u0000${source.passage}`;
      if (!seenSources.has(k)) {
        seenSources.add(k);
        change.sources.push(source);
      }
    }
  }
}

// Removed and created units carry the link that states the end (no-successor, created) as
// evidence; when the lineage is simply silent, the class is an inference and says so.
function explainEnds(change: Change, ends: DeadEnd[], label: (r: UnitRef) => string, when: "avant" | "après"): void {
  addEvidence(change, ends.flatMap((d) => [...d.chain, ...(d.ending ? [d.ending] : [])]));
  for (const end of ends.filter((d) => !d.ending)) {
    const why = isImportedVersionId(end.unit.version)
      ? "un organigramme importé n'a pas de filiation documentée"
      : `les sources ne disent pas ${when === "après" ? "ce que l'unité devient" : "d'où l'unité vient"}`;
    change.caveats.push(`aucun lien de filiation ${when} ${label(end.unit)} : ${why}`);
  }
}

function missionDiff(fromUnits: Unit[], toUnits: Unit[]): Change["missions"] {
  const all = [...fromUnits, ...toUnits];
  if (fromUnits.length === 0 || toUnits.length === 0 || !all.every((u) => u.missions.status === "described")) return undefined;
  // Keyed by folded text so a change of accent or apostrophe is not a new mission.
  const items = (units: Unit[]) =>
    new Map(units.flatMap((u) => (u.missions.status === "described" ? u.missions.items : [])).map((i) => [normalizeText(i), i]));
  const before = items(fromUnits);
  const after = items(toUnits);
  return {
    added: [...after].filter(([k]) => !before.has(k)).map(([, v]) => v),
    removed: [...before].filter(([k]) => !after.has(k)).map(([, v]) => v),
  };
}
