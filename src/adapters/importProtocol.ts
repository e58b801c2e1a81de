// The conversation between the page and the parse worker. The worker keeps the opened file (an
// ImportSession: 100,000 checked records and their root index) and answers questions about it;
// only a summary, root candidates and the chosen subtree's version cross to the page. Written
// against a minimal message port so that Node tests can run both ends over a MessageChannel.
import { parseBytes, type ParseOutcome } from "../domain/import/parseFile.ts";
import type { BuildOptions } from "../domain/import/build.ts";
import type { RootCandidate } from "../domain/import/roots.ts";
import { openSession, type ImportSession, type ImportSummary } from "../domain/import/session.ts";
import { sizeProblem } from "../domain/import/text.ts";
import type { ImportedOrg, Problem } from "../domain/import/types.ts";
import { readWorkbook } from "../domain/import/xlsx.ts";
import { readSheets } from "./readXlsx.ts";

export interface OpenRequest {
  type: "open";
  bytes: ArrayBuffer;
  fileName: string;
  versionPath?: string;
  /** An Excel workbook (a .zip read whole by readXlsx.ts), not a text file. */
  workbook?: true;
}

export type Question = { type: "roots"; query: string; limit: number } | { type: "count"; rootKey: string } | { type: "build"; rootKey: string; options: BuildOptions };
export type Request = OpenRequest | (Question & { id: number });

export type Response =
  | { type: "progress"; phase: string; ratio: number | null }
  | { type: "ready"; summary: ImportSummary }
  | { type: "answer"; id: number; value: unknown }
  | { type: "error"; message: string; id?: number };

export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** The page's view of an opened file: the same questions as ImportSession, answered later. */
export interface OpenedImport {
  summary: ImportSummary;
  roots(query: string, limit: number): Promise<RootCandidate[]>;
  count(rootKey: string): Promise<number>;
  build(rootKey: string, options: BuildOptions): Promise<ImportedOrg | null>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens a file in this thread (no worker: jsdom tests, or a file refused before parsing). */
export function openHere(request: Omit<OpenRequest, "type">, onProgress?: (phase: string, ratio: number | null) => void): ImportSession {
  onProgress?.("Analyse du fichier", null);
  const outcome = parseBytes(new Uint8Array(request.bytes), request.fileName, {
    ...(request.versionPath ? { versionPath: request.versionPath } : {}),
    ...(onProgress ? { onProgress: (done: number, total: number) => onProgress("Analyse du fichier", done / total) } : {}),
  });
  return checkedSession(outcome, onProgress);
}

/** The session of a parsed file, its check reported as a phase of its own. */
function checkedSession(outcome: ParseOutcome, onProgress?: (phase: string, ratio: number | null) => void): ImportSession {
  return openSession(outcome, (step) => step === "check" && onProgress?.("Vérification des rattachements", null));
}

/** Opens any file: an Excel workbook's sheets are read first (asynchronously, by a lazy library). */
export async function openRequest(request: Omit<OpenRequest, "type">, onProgress?: (phase: string, ratio: number | null) => void): Promise<ImportSession> {
  if (!request.workbook) return openHere(request, onProgress);
  onProgress?.("Lecture du classeur", null);
  const problems: Problem[] = [];
  const tooLarge = sizeProblem(request.bytes.byteLength);
  const read = tooLarge ? { problem: tooLarge } : await readSheets(request.bytes);
  if ("problem" in read) problems.push({ severity: "fatal", message: read.problem, at: { path: request.fileName } });
  const org = "sheets" in read ? readWorkbook(read.sheets, request.fileName, problems) : { format: "xlsx" as const, fileName: request.fileName, records: [], problems, dataDate: null };
  return checkedSession({ org, versions: [] }, onProgress);
}

export function answer(session: ImportSession, question: Question): unknown {
  if (question.type === "roots") return session.roots(question.query, question.limit);
  if (question.type === "count") return session.count(question.rootKey);
  return session.build(question.rootKey, question.options);
}

/** The worker's end: opens the file it is sent, then answers questions about it. */
export function serveImport(port: Port): void {
  let session: ImportSession | null = null;
  const post = (message: Response) => port.postMessage(message);
  port.onmessage = (event: MessageEvent<Request>) => {
    const request = event.data;
    if (request.type === "open") {
      session = null;
      openRequest(request, (phase, ratio) => post({ type: "progress", phase, ratio })).then(
        (opened) => {
          session = opened;
          post({ type: "ready", summary: opened.summary });
        },
        (error: unknown) => post({ type: "error", message: errorText(error) }),
      );
      return;
    }
    try {
      if (!session) throw new Error("Aucun fichier ouvert");
      post({ type: "answer", id: request.id, value: answer(session, request) });
    } catch (error) {
      post({ type: "error", id: request.id, message: errorText(error) });
    }
  };
}

/**
 * The page's end: sends the file, reports progress, resolves with the opened file once the
 * worker has checked it. A failure before that rejects; after it, the pending questions reject.
 */
export function connectImport(port: Port, request: Omit<OpenRequest, "type">, onProgress: (phase: string, ratio: number | null) => void): { opened: Promise<OpenedImport>; fail: (error: Error) => void } {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  let settleOpen: { resolve: (o: OpenedImport) => void; reject: (error: Error) => void } | null = null;
  let broken: Error | null = null;
  const fail = (error: Error) => {
    broken ??= error;
    settleOpen?.reject(error);
    settleOpen = null;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const ask = <T>(question: Question): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ ...question, id } satisfies Request);
    });
  const opened = new Promise<OpenedImport>((resolve, reject) => {
    settleOpen = { resolve, reject };
    port.onmessage = (event: MessageEvent<Response>) => {
      const message = event.data;
      if (message.type === "progress") onProgress(message.phase, message.ratio);
      else if (message.type === "ready") {
        settleOpen?.resolve({
          summary: message.summary,
          roots: (query, limit) => ask({ type: "roots", query, limit }),
          count: (rootKey) => ask({ type: "count", rootKey }),
          build: (rootKey, options) => ask({ type: "build", rootKey, options }),
        });
        settleOpen = null;
      } else if (message.type === "answer") {
        pending.get(message.id)?.resolve(message.value);
        pending.delete(message.id);
      } else if (message.id !== undefined) {
        pending.get(message.id)?.reject(new Error(message.message));
        pending.delete(message.id);
      } else fail(new Error(message.message));
    };
    port.postMessage({ type: "open", ...request } satisfies Request, [request.bytes]);
  });
  return { opened, fail };
}

/** The same questions answered in this thread. */
export function answeredHere(session: ImportSession): OpenedImport {
  return {
    summary: session.summary,
    roots: (query, limit) => Promise.resolve(session.roots(query, limit)),
    count: (rootKey) => Promise.resolve(session.count(rootKey)),
    build: (rootKey, options) => Promise.resolve(session.build(rootKey, options)),
  };
}
