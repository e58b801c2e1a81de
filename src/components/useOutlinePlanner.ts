// The outline planner of large trees (src/layout/outlinePlan.ts) and its on-demand layout step,
// loaded as one chunk only for trees that may need it (src/layout/plannerLoader.ts).
import { useEffect, useState } from "react";
import { loadedPlanner, loadPlanner, type Planner } from "../layout/plannerLoader.ts";

export type { Planner };

/**
 * The outline planner once its chunk is loaded (asked for only when `wanted`), else null. When
 * it is already loaded (a large dataset's reader started it), it is there in the first render.
 */
export function useOutlinePlanner(wanted: boolean): Planner | null {
  const [planner, setPlanner] = useState<Planner | null>(() => (wanted ? loadedPlanner() : null));
  useEffect(() => {
    if (!wanted || planner) return;
    let live = true;
    void loadPlanner().then((loaded) => live && setPlanner(loaded));
    return () => {
      live = false;
    };
  }, [wanted, planner]);
  return planner;
}
