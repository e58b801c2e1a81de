// .zip archives as the Référentiel is downloaded: the one JSON (or CSV) inside is read. fflate
// (MIT, no dependencies) inflates; this module is loaded only when a .zip is opened. An Excel
// workbook is a .zip too: it is recognised here and read whole by readXlsx.ts.
import { unzip } from "fflate";

/** An .xlsx workbook: a zip whose entries include the workbook part (names only, nothing inflated). */
export function isWorkbook(bytes: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    let workbook = false;
    unzip(bytes, { filter: (file) => ((workbook ||= file.name === "xl/workbook.xml"), false) }, () => resolve(workbook));
  });
}

const READABLE = /\.(json|csv)$/i;

export function unzipSingle(bytes: Uint8Array): Promise<{ name: string; bytes: Uint8Array } | { problem: string }> {
  return new Promise((resolve) => {
    unzip(bytes, { filter: (file) => READABLE.test(file.name) && !file.name.startsWith("__MACOSX/") }, (error, files) => {
      if (error) {
        resolve({ problem: `Archive .zip illisible (tronquée ou abîmée) : ${error.message}.` });
        return;
      }
      const names = Object.keys(files);
      const first = names[0];
      if (first === undefined) resolve({ problem: "L'archive .zip ne contient aucun fichier .json ou .csv." });
      else if (names.length > 1) resolve({ problem: `L'archive .zip contient ${names.length} fichiers lisibles (${names.slice(0, 5).join(", ")}) : ouvrez celui voulu après l'avoir décompressée.` });
      else resolve({ name: first, bytes: files[first] as Uint8Array });
    });
  });
}
