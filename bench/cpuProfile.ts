// What bench/profile.ts and bench/profilePan.ts print of a Chromium CPU profile taken on an
// unminified build: self time by module and by function, inclusive time of the app's code, and
// (optionally) the hottest call chains.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Unminified chunks keep `// path/to/module` comments: line → module. */
export function moduleMap(dir: string): (url: string, line: number) => string {
  const starts = new Map<string, { line: number; mod: string }[]>();
  for (const file of readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"))) {
    const list: { line: number; mod: string }[] = [];
    readFileSync(join(dir, "assets", file), "utf8")
      .split("\n")
      .forEach((text, line) => {
        const m = /^\/\/ (\S*[./]\S*)$/.exec(text);
        if (m?.[1]) list.push({ line, mod: m[1].replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1") });
      });
    starts.set(file, list);
  }
  return (url, line) => {
    if (!url) return "(native/browser)";
    const list = starts.get(url.split("/").pop() ?? "");
    let mod = url;
    for (const e of list ?? []) if (e.line <= line) mod = e.mod;
    return mod;
  };
}

export const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`)
    .join("\n");

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Prints the profile's summary; `dir` is the build the profile ran on (its chunks map lines to modules). */
export function printProfile(profile: CpuProfile, dir: string, options: { modules: number; chains: number }): void {
  const modOf = moduleMap(dir);
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} @ ${modOf(n.callFrame.url, n.callFrame.lineNumber)}`;
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const chains = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = nodes.get(id);
    if (!node) continue;
    const mod = modOf(node.callFrame.url, node.callFrame.lineNumber);
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
    byFunction.set(label(node), (byFunction.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur);
      if (!n) break;
      const key = label(n);
      if (chain.length < 5) chain.push(n.callFrame.functionName || "(anonymous)");
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      seen.add(key);
    }
    chains.set(`${chain.join(" ← ")} [${mod}]`, (chains.get(`${chain.join(" ← ")} [${mod}]`) ?? 0) + ms);
  }
  console.log(`\nSelf time by module ((program) = style, layout, paint and other browser work)\n${top(byModule, options.modules)}`);
  console.log(`\nSelf time by function\n${top(byFunction, 25)}`);
  console.log(`\nInclusive time, app code (src/)\n${top(new Map([...inclusive].filter(([k]) => / @ src\//.test(k))), 25)}`);
  if (options.chains > 0) console.log(`\nHottest call chains (innermost first)\n${top(chains, options.chains)}`);
}
