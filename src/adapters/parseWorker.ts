// Web Worker: parses and checks an imported file off the main thread, so a national export of
// 100,000 services never freezes the page. Cancelling terminates the worker.
import { checkOrg } from "../domain/import/build.ts";
import { parseBytes } from "../domain/import/parseFile.ts";
import type { ParseRequest, ParseResponse } from "./parseImportFile.ts";

const post = (message: ParseResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { bytes, fileName, versionPath } = event.data;
  try {
    post({ type: "progress", phase: "Analyse du fichier", ratio: null });
    const outcome = parseBytes(new Uint8Array(bytes), fileName, versionPath ? { versionPath } : {});
    post({ type: "progress", phase: "Vérification des rattachements", ratio: null });
    post({ type: "done", checked: checkOrg(outcome.org), versions: outcome.versions });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
