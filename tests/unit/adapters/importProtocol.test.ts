// Both ends of the worker conversation over a real MessageChannel (structured clone, transfer):
// the page must get what the in-thread path gives.
import { MessageChannel } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { generateReferentiel } from "../../../bench/generateImport.ts";
import { answeredHere, connectImport, openHere, serveImport, type Port } from "../../../src/adapters/importProtocol.ts";

const OPTIONS = { id: "import-p", importedAt: "2025-01-01T00:00:00Z" };
const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function file(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, fileName: "f.json" };
}

function overChannel(text: string) {
  const channel = new MessageChannel();
  channels.push(channel);
  serveImport(channel.port1 as unknown as Port);
  const progress: [string, number | null][] = [];
  const request = file(text);
  const { opened, fail } = connectImport(channel.port2 as unknown as Port, request, (phase, ratio) => progress.push([phase, ratio]));
  return { opened, fail, progress, sent: request.bytes };
}

describe("the import worker protocol", () => {
  it("gives the page the same summary, root candidates, count and version as the in-thread path, with progress", async () => {
    const text = JSON.stringify(generateReferentiel(12_000, 7, 600));
    const { opened, progress, sent } = overChannel(text);
    expect(sent.byteLength).toBe(0); // the bytes were transferred, not copied
    const remote = await opened;
    const here = answeredHere(openHere(file(text)));
    expect(remote.summary).toEqual(here.summary);
    for (const q of ["", "BIG", "bureau de la", "sécurité", "zzz"]) expect(await remote.roots(q, 30)).toEqual(await here.roots(q, 30));
    const [big] = await remote.roots("BIG", 1);
    expect(await remote.count(big!.key)).toBe(600);
    expect(await remote.build(big!.key, OPTIONS)).toEqual(await here.build(big!.key, OPTIONS));
    expect(progress.map(([p]) => p)).toEqual(expect.arrayContaining(["Analyse du fichier", "Vérification des rattachements"]));
    expect(progress.filter(([, r]) => r !== null && r > 0 && r <= 1).length).toBeGreaterThan(0);
  });

  it("answers questions asked at once, each with its own answer", async () => {
    const remote = await overChannel(JSON.stringify(generateReferentiel(3000, 7, 300))).opened;
    const [a, b, c] = await Promise.all([remote.roots("BIG", 1), remote.roots("bureau", 3), remote.count("g-big")]);
    expect(a.map((r) => r.key)).toEqual(["g-big"]);
    expect(b).toHaveLength(3);
    expect(c).toBe(300);
  });

  it("reports a file that cannot be imported as a summary with its located fatal problem", async () => {
    const remote = await overChannel("{ \"service\": [").opened;
    expect(remote.summary.fatal).toBe(true);
    expect(remote.summary.problems[0]?.at.line).toBe(1);
    expect(await remote.roots("x", 5)).toEqual([]);
  });

  it("rejects pending and later questions once the connection fails (worker ended)", async () => {
    const { opened, fail } = overChannel(JSON.stringify(generateReferentiel(500, 7, 50)));
    const remote = await opened;
    const pending = remote.roots("BIG", 1);
    fail(new Error("fini"));
    await expect(pending).rejects.toThrow("fini");
    await expect(remote.count("g-big")).rejects.toThrow("fini");
  });
});
