// One entry point for a file's bytes: format detected from the content (not the name), then
// the matching parser. Never throws: whatever happens ends as a located problem.
import { appVersions, readAppJson } from "./appJson.ts";
import { parseCsv } from "./csv.ts";
import { sliceServices } from "./jsonSlices.ts";
import { readReferentiel } from "./referentiel.ts";
import { decodeText, sizeProblem } from "./text.ts";
import type { Location, Problem, RawOrg } from "./types.ts";

export interface ParseOptions {
  /** For an app file holding several versions: the JSON path of the one to read. */
  versionPath?: string;
  /** Référentiel exports: called as services are read (services read, services in the file). */
  onProgress?: (done: number, total: number) => void;
}

export interface ParseOutcome {
  org: RawOrg;
  /** App files with several versions: the choices (the first is read unless told). */
  versions: { path: string; id: string; label: string }[];
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Microsoft's compound file (old .xls, .doc; and any password-protected Office file): never text. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** Line and column of a JSON.parse error from its message (« at position 12 », « line 2 column 3 »). */
function jsonErrorLocation(message: string, text: string): Location {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), path: "$" };
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - before.lastIndexOf("\n"), path: "$" };
  }
  // Unexpected end of input: the error is at the end of the text.
  const lines = text.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, path: "$" };
}

function fatal(fileName: string, message: string, at: Location, problems: Problem[] = []): ParseOutcome {
  problems.push({ severity: "fatal", message, at });
  return { org: { format: "csv", fileName, records: [], problems, dataDate: null }, versions: [] };
}

export function parseText(text: string, fileName: string, problems: Problem[] = [], options: ParseOptions = {}): ParseOutcome {
  return parseHeld({ text }, fileName, problems, options);
}

/** Index of the first character that is not white space (JSON's or the BOM-less text's). */
function firstSignificant(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/**
 * The text is held in a box that this function empties once JSON.parse has read it: the
 * national export's 40-odd MB string is then free while the records are built (a plain
 * parameter would stay alive to the end of the call).
 */
function parseHeld(held: { text: string }, fileName: string, problems: Problem[], options: ParseOptions): ParseOutcome {
  const start = firstSignificant(held.text);
  const first = held.text[start];
  if (first === "{") {
    const read = readSliced(held, start, fileName, problems, options);
    if (read) return read;
  }
  if (first === "{" || first === "[") {
    let data: unknown;
    try {
      data = JSON.parse(held.text) as unknown;
    } catch (error) {
      return fatal(fileName, `JSON illisible (fichier tronqué ou abîmé) : ${error instanceof Error ? error.message.slice(0, 200) : "erreur"}.`, jsonErrorLocation(String(error), held.text), problems);
    }
    held.text = "";
    const versions = appVersions(data);
    if (versions.length > 0) {
      const path = options.versionPath ?? versions[0]?.path ?? "$";
      return { org: readAppJson(data, fileName, path, problems), versions };
    }
    // The tree is this function's own: the reader may drop each service once read.
    return { org: readReferentiel(data, fileName, problems, { release: true, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }), versions: [] };
  }
  const text = held.text;
  if (start === text.length) return fatal(fileName, "Fichier vide.", { line: 1 }, problems);
  if (text.includes("\u0000")) return fatal(fileName, "Fichier binaire : ni CSV, ni JSON, ni archive .zip.", { line: 1 }, problems);
  return { org: parseCsv(text, fileName, problems), versions: [] };
}

/**
 * A Référentiel export read one service at a time (see jsonSlices.ts for why), or null when the
 * text is not that plain shape or a service is not well-formed JSON: the caller then parses the
 * whole text, which gives the usual error and its place.
 */
function readSliced(held: { text: string }, start: number, fileName: string, problems: Problem[], options: ParseOptions): ParseOutcome | null {
  const sliced = sliceServices(held.text, start);
  if (!sliced || appVersions(sliced.rest).length > 0) return null;
  const own: Problem[] = [];
  const { text } = held;
  const { starts, ends } = sliced;
  try {
    // The services are their start offsets; each one's text is cut and parsed when read.
    const org = readReferentiel({ ...sliced.rest, service: starts }, fileName, own, {
      parseItem: (start, index) => JSON.parse(text.slice(start as number, ends[index])) as unknown,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    for (const problem of own) problems.push(problem);
    held.text = "";
    return { org: { ...org, problems }, versions: [] };
  } catch {
    return null;
  }
}

/** Bytes (not zipped: unzipping is the caller's, see unzip.ts) to records and problems. */
export function parseBytes(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseOutcome {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return fatal(fileName, tooLarge, { line: 1 });
  if (isZip(bytes)) return fatal(fileName, "Archive .zip : elle doit être décompressée avant lecture.", { line: 1 });
  if (isCompoundFile(bytes)) return fatal(fileName, "Ancien classeur Excel (.xls) ou classeur protégé par un mot de passe : enregistrez-le en .xlsx (sans mot de passe) ou en CSV UTF-8.", { line: 1 });
  const decoded = decodeText(bytes);
  return parseHeld(decoded, fileName, decoded.problems, options);
}
