// `npm run bench -- [--sizes=1000,10000] [--only=overview,readable,throttled,interactions,bytes,node,import,lighthouse]
// [--targets=ours,d3-org-chart] [--reps=3]`: a subset while developing; no flag runs everything once.
import { TARGETS, type Target } from "./report.ts";

export const ALL_SIZES = [100, 1000, 10000, 100000] as const;
export const PHASES = ["overview", "readable", "throttled", "interactions", "search", "bytes", "node", "import", "lighthouse"] as const;
export type Phase = (typeof PHASES)[number];

export interface Scenario {
  name: string;
  kind: "overview" | "readable";
  /** CPU slowdown factor (1 = none). */
  throttle: number;
  /** Overview scenarios: run the zoom/pan frame script too. */
  frames: boolean;
}

export interface BenchOptions {
  sizes: number[];
  phases: Set<Phase>;
  targets: Target[];
  reps: number;
  budgetMs: number;
}

function list(args: string[], name: string): string[] | null {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3).split(",").filter(Boolean) : null;
}

export function parseArgs(args: string[]): BenchOptions {
  const sizes = (list(args, "sizes") ?? ALL_SIZES.map(String)).map(Number);
  for (const n of sizes) if (!(ALL_SIZES as readonly number[]).includes(n)) throw new Error(`--sizes: ${n} is not one of ${ALL_SIZES.join(", ")}`);
  const phases = list(args, "only") ?? [...PHASES];
  for (const p of phases) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--only: ${p} is not one of ${PHASES.join(", ")}`);
  const targets = list(args, "targets") ?? [...TARGETS];
  for (const t of targets) if (!(TARGETS as readonly string[]).includes(t)) throw new Error(`--targets: ${t} is not one of ${TARGETS.join(", ")}`);
  const reps = Number(list(args, "reps")?.[0] ?? 3);
  if (!Number.isInteger(reps) || reps < 1) throw new Error("--reps must be a positive integer");
  // Every library may take its 60 s limit at 100,000 units: the full run needs far more than 5 min.
  const budgetMin = Number(list(args, "budget-min")?.[0] ?? (sizes.includes(100000) ? 40 : 15));
  return { sizes, phases: new Set(phases as Phase[]), targets: targets as Target[], reps, budgetMs: budgetMin * 60_000 };
}
