// Placeholder until the validation module lands (see issue 2): a Vite plugin that validates data/ at build start.
import type { Plugin } from "vite";
export function dataCheckPlugin(): Plugin {
  return { name: "dgos-data-check" };
}
