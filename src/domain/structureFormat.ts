// The format name of a two-part dataset's structure file (datasetParts.ts), in a module of its
// own: the start-up loader (src/data/dataset.ts) recognises such a file by it without bundling
// the two-part reader, which it loads only for that file.
export const STRUCTURE_FORMAT = "organigramme-structure/2";
