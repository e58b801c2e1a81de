// The export adapter: the job goes to a Web Worker, its phases come back as progress, and
// cancelling terminates the worker and rejects with ExportCancelled.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExportCancelled, exportFile } from "../../../src/adapters/exportFile.ts";
import type { ExportJob } from "../../../src/domain/export/run.ts";
import { CARD_METRICS, layoutTree } from "../../../src/layout/layoutTree.ts";

class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(data: unknown) {
    this.posted.push(data);
  }
  terminate() {
    this.terminated = true;
  }
}

const job = { format: "csv" } as ExportJob;
const engine = { layoutTree, metrics: CARD_METRICS };

afterEach(() => vi.unstubAllGlobals());

describe("exportFile", () => {
  it("hands the job to a worker, reports its phases and resolves with its file", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const phases: string[] = [];
    const done = exportFile(job, { engine, onProgress: (p) => phases.push(p), signal: new AbortController().signal });
    const worker = FakeWorker.last!;
    expect(worker.posted).toEqual([job]);
    worker.onmessage!({ data: { type: "progress", phase: "Écriture du CSV" } });
    worker.onmessage!({ data: { type: "done", result: { content: "a;b" } } });
    await expect(done).resolves.toEqual({ content: "a;b" });
    expect(phases).toEqual(["Écriture du CSV"]);
    expect(worker.terminated).toBe(true);
  });

  it("terminates the worker and rejects with ExportCancelled when cancelled", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const controller = new AbortController();
    const done = exportFile(job, { engine, onProgress: () => {}, signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(ExportCancelled);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it("turns a worker's error into a rejection with its message", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const done = exportFile(job, { engine, onProgress: () => {}, signal: new AbortController().signal });
    FakeWorker.last!.onmessage!({ data: { type: "error", message: "trop grand" } });
    await expect(done).rejects.toThrow("trop grand");
  });
});
