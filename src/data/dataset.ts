// The bundled DGOS dataset. Vite inlines data/*.json at build time; validation happened
// in the build (scripts/dataCheckPlugin.ts), so nothing is re-parsed here.
import { assembleDataset } from "../domain/assembleDataset.ts";
import type { Dataset } from "../domain/schema.ts";

const files = import.meta.glob<unknown>("../../data/*.json", { eager: true, import: "default" });

export const dataset: Dataset = assembleDataset(
  Object.fromEntries(Object.entries(files).map(([path, content]) => [path.replace(/^(\.\.\/)+/, ""), content])),
);
