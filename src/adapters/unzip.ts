// .zip archives as the Référentiel is downloaded: one JSON inside. Not yet supported.
export async function unzipSingle(_bytes: Uint8Array): Promise<{ name: string; bytes: Uint8Array } | { problem: string }> {
  return Promise.resolve({ problem: "Archive .zip : décompressez-la et ouvrez le fichier JSON qu'elle contient." });
}
