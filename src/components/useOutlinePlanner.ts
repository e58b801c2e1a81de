// The outline planner of large trees (src/layout/outlinePlan.ts) and its on-demand layout step,
// loaded as one chunk only for trees that may need it.
import { useEffect, useState } from "react";
import type { LayoutOptions, LayoutUnit, OutlinePlan } from "../layout/layoutTree.ts";

/** The outline plan, and the layout's last step that makes cards on demand (src/layout/laidOut.ts). */
export type Planner = { plan: (units: ReadonlyArray<LayoutUnit>) => OutlinePlan | null; finish?: LayoutOptions["finish"] };
let plannerModule: Promise<Planner> | null = null;

/** The outline planner once its chunk is loaded (asked for only when `wanted`), else null. */
export function useOutlinePlanner(wanted: boolean): Planner | null {
  const [planner, setPlanner] = useState<Planner | null>(null);
  useEffect(() => {
    if (!wanted || planner) return;
    let live = true;
    plannerModule ??= import("../layout/outlinePlan.ts").then((m) => m.planner);
    plannerModule.then(
      (loaded) => live && setPlanner(loaded),
      // Without the chunk (offline before it was fetched), the tidy tree is still a correct chart.
      () => live && setPlanner({ plan: () => null }),
    );
    return () => {
      live = false;
    };
  }, [wanted, planner]);
  return planner;
}

