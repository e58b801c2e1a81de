// Zod schemas for the DGOS dataset. Every type the app uses is inferred from here,
// never written twice. Objects are strict: an unknown key is an error, so a typo in a
// data file fails the build instead of silently dropping information.
import { z } from "zod";

/** A citation: a file of ../shared/sources (or a named public source) and the passage that supports the fact. */
export const SourceRef = z.strictObject({
  file: z.string().min(1).describe("Source file name as listed in data/sources.json, e.g. 000_497feb19512eb08c.txt"),
  passage: z.string().min(1).describe("Short quotation or section of the source that supports the fact"),
});

export const UNIT_KINDS = [
  "direction",
  "service",
  "cabinet",
  "conseil",
  "departement",
  "sous-direction",
  "pole",
  "mission",
  "cellule",
  "unite",
  "bureau",
] as const;
export const UnitKind = z.enum(UNIT_KINDS);

/** Missions are either listed by a source, or explicitly not described (with why): never left empty by accident. */
export const Missions = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("described"),
    items: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    status: z.literal("not-described"),
    reason: z.string().min(1).describe("Why the sources give no missions for this unit"),
  }),
]);

export const UnitId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and dashes (e.g. r1, pf-msios)");

export const Unit = z.strictObject({
  id: UnitId.describe("Stable id, unique within its version"),
  code: z.string().min(1).optional().describe("Code given by the source (R1, PF5, USID...); absent when the source gives none"),
  kind: UnitKind,
  name: z.string().min(1).describe("Full official name as in the source"),
  shortName: z.string().min(1).optional().describe("Short name or acronym used by the source"),
  parent: UnitId.nullable().describe("Parent unit id; null for the root only"),
  attachment: z
    .strictObject({
      basis: z.enum(["stated", "chart-layout", "not-stated"]),
      note: z.string().min(1),
    })
    .optional()
    .describe("How the source supports the parent link, when it is not stated in words"),
  missions: Missions,
  note: z.string().min(1).optional().describe("Anything a reader must know about this unit (e.g. a count the source gives)"),
  context: z
    .array(z.strictObject({ text: z.string().min(1), source: SourceRef }))
    .optional()
    .describe("Sentences a source gives about the unit that are not its missions (e.g. the stated reason for creating it)"),
  sources: z.array(SourceRef).min(1),
});

export const Headcount = z.strictObject({
  value: z.number().int().positive(),
  approximate: z.boolean(),
  date: z.string().nullable().describe("ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the figure refers to; null when the source does not date it"),
  source: SourceRef,
});

export const BODY_CATEGORIES = ["operateur", "partenaire", "comite", "ministere", "interlocuteur"] as const;
export const Body = z.strictObject({
  name: z.string().min(1),
  acronym: z.string().min(1).optional(),
  category: z.enum(BODY_CATEGORIES),
  role: z.string().min(1).optional(),
  source: SourceRef,
  nameSource: SourceRef.optional().describe("Where the full name comes from, when `source` gives only the acronym"),
  attachedTo: z
    .array(z.strictObject({ unit: UnitId, source: SourceRef }))
    .optional()
    .describe("Units a source names as steering or running this body (pilotage, tutelle, animation); absent when no source says"),
});

export const Theme = z.strictObject({
  title: z.string().min(1),
  items: z.array(z.string().min(1)).min(1),
  source: SourceRef,
});

export const Value = z.strictObject({
  name: z.string().min(1).describe("The value as the source names it"),
  description: z.string().min(1),
  source: SourceRef,
});

export const STATEMENT_TOPICS = ["role", "purpose", "strategy"] as const;
/** A sentence of a source about the DGOS itself: its role, why it was created or reorganised, how its strategy reaches units. */
export const Statement = z.strictObject({
  topic: z.enum(STATEMENT_TOPICS),
  text: z.string().min(1).describe("The source's own words"),
  source: SourceRef,
});

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const Version = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/).describe("Version id, e.g. 2010"),
  label: z.string().min(1),
  effectiveDate: z.strictObject({
    value: IsoDate,
    note: z.string().min(1).describe("What the date is (decree, implementation month...) and how sure it is"),
    basis: z.enum(["stated", "inferred"]).optional().describe("inferred: no source dates the organisation; the date is read from the content (shown so)"),
    source: SourceRef,
  }),
  legalBasis: z
    .strictObject({ title: z.string().min(1), date: IsoDate, source: SourceRef })
    .nullable()
    .describe("Decree or arrêté that sets the organisation; null when the sources name none"),
  sources: z.array(z.string().min(1)).min(1).describe("Files of data/sources.json this version draws on"),
  headcounts: z.array(Headcount),
  bodies: z.array(Body),
  themes: z.array(Theme),
  values: z.array(Value).optional().describe("The values the sources name for this version"),
  statements: z.array(Statement).optional().describe("What the sources say the DGOS is for, or why this organisation was set up"),
  gaps: z.array(z.string().min(1)).describe("What the sources do not cover, in plain French, shown to users"),
  units: z.array(Unit).min(1),
});

export const UnitRef = z.strictObject({ version: z.string().min(1), unit: UnitId });

export const LINK_TYPES = [
  "continues",
  "renamed",
  "moved",
  "merged-into",
  "split-into",
  "absorbed-by",
  "no-successor",
  "created",
  "renamed-moved",
] as const;
export const LinkType = z.enum(LINK_TYPES);

/** How sure a lineage link is: written by a source, read off an identical code or name, or a judgement (explained by the reason). */
export const LINK_CONFIDENCES = ["stated", "identical", "judgement"] as const;
export const LinkConfidence = z.enum(LINK_CONFIDENCES);

export const LineageLink = z.strictObject({
  from: UnitRef.nullable().describe("Earlier unit; null only for type created"),
  to: UnitRef.nullable().describe("Later unit; null only for type no-successor"),
  type: LinkType,
  confidence: LinkConfidence.describe("stated: a source writes the link; identical: same code or name; judgement: a reading of the sources, explained by the reason"),
  reason: z.string().min(1).describe("One line naming the evidence"),
  sources: z.array(SourceRef).min(1),
});

export const Lineage = z.strictObject({
  $schema: z.string().optional(),
  links: z.array(LineageLink),
});

export const GlossaryEntry = z.strictObject({
  acronym: z.string().min(1),
  expansion: z.string().min(1),
  source: SourceRef,
  basis: z
    .strictObject({ kind: z.literal("inferred"), note: z.string().min(1) })
    .optional()
    .describe("Present when no source writes the expansion next to the acronym: how it was inferred"),
  definition: z
    .strictObject({ text: z.string().min(1), source: SourceRef })
    .optional()
    .describe("A short definition, in a source's words, when a source gives one"),
});
export const Glossary = z.strictObject({
  $schema: z.string().optional(),
  entries: z.array(GlossaryEntry),
});

export const SourceDoc = z.strictObject({
  file: z.string().min(1),
  title: z.string().min(1),
  kind: z.string().min(1).describe("brochure, web page, strategic project, press article..."),
  describes: z.string().min(1).describe("Which organisation or context it documents"),
  url: z.url({ protocol: /^https?$/ }).optional().describe("Public address of the document: https: or http: only"),
  publisher: z.string().min(1).optional().describe("Who published it, as the text says"),
  date: z.string().min(1).optional().describe("When, as the text says (or « non daté »)"),
});
export const Sources = z.strictObject({
  $schema: z.string().optional(),
  documents: z.array(SourceDoc).min(1),
});

export type SourceRef = z.infer<typeof SourceRef>;
export type UnitKind = z.infer<typeof UnitKind>;
export type Missions = z.infer<typeof Missions>;
export type Unit = z.infer<typeof Unit>;
export type Headcount = z.infer<typeof Headcount>;
export type Body = z.infer<typeof Body>;
export type Theme = z.infer<typeof Theme>;
export type Value = z.infer<typeof Value>;
export type Statement = z.infer<typeof Statement>;
export type Version = z.infer<typeof Version>;
export type UnitRef = z.infer<typeof UnitRef>;
export type LinkType = z.infer<typeof LinkType>;
export type LinkConfidence = z.infer<typeof LinkConfidence>;
export type LineageLink = z.infer<typeof LineageLink>;
export type Lineage = z.infer<typeof Lineage>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type Glossary = z.infer<typeof Glossary>;
export type SourceDoc = z.infer<typeof SourceDoc>;
export type Sources = z.infer<typeof Sources>;

/** The whole validated dataset, as the app consumes it. Versions are in chronological order. */
export interface Dataset {
  sources: Sources;
  glossary: Glossary;
  versions: Version[];
  lineage: Lineage;
  /**
   * True while only the structure of a dataset published in two parts has arrived
   * (domain/datasetParts.ts): units have their ids, names, kinds and parents, not yet their missions and sources.
   */
  detailsPending?: boolean;
  /** Why the details of a two-part dataset could not be loaded (the chart still works; the panel says so). */
  detailsError?: string;
}
