// Excel workbooks, read in the parse worker by read-excel-file (MIT, maintained; fflate, which
// the app already ships, plus a small SAX parser): loaded only when a workbook is opened, so it
// costs nothing to anyone who does not import one. The sheets then go to domain/import/xlsx.ts.
import type { Sheet } from "../domain/import/xlsx.ts";

export async function readSheets(bytes: ArrayBuffer): Promise<{ sheets: Sheet[] } | { problem: string }> {
  let read: (input: ArrayBuffer) => Promise<unknown>;
  try {
    read = (await import("read-excel-file/universal")).default as (input: ArrayBuffer) => Promise<unknown>;
  } catch {
    return { problem: "Le lecteur de classeurs Excel n'a pas pu être chargé (connexion interrompue ?) : rouvrez le fichier pour réessayer." };
  }
  try {
    // The library types dates as `typeof Date`; they are Date instances.
    return { sheets: (await read(bytes)) as Sheet[] };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : "erreur inconnue";
    return { problem: `Classeur Excel illisible (abîmé, protégé par un mot de passe ou d'un autre format) : ${detail}.` };
  }
}
