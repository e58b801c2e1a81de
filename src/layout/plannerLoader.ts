// Loads the outline planner of large trees (outlinePlan.ts, its own chunk) once, and keeps it
// once loaded so that a chart mounted afterwards lays out in its first render. A large dataset's
// reader starts it while it reads the structure (src/data/twoParts.ts): otherwise the
// chart asks for it only after its first commit, and the first layout waits for a request.
import type { LayoutOptions, LayoutUnit, OutlinePlan } from "./layoutTree.ts";

/** The outline plan, and the layout's last step that makes cards on demand (laidOut.ts). */
export type Planner = { plan: (units: ReadonlyArray<LayoutUnit>) => OutlinePlan | null; finish?: LayoutOptions["finish"] };

let pending: Promise<Planner> | null = null;
let loaded: Planner | null = null;

// Without the chunk (offline before it was fetched), the tidy tree is still a correct chart.
const WITHOUT: Planner = { plan: () => null };

/** Starts loading the planner (once); resolves to it, or to a planner that plans nothing when the chunk cannot be fetched. */
export function loadPlanner(): Promise<Planner> {
  pending ??= import("./outlinePlan.ts").then(
    (m) => (loaded = m.planner),
    () => {
      pending = null; // a later chart tries again
      return WITHOUT;
    },
  );
  return pending;
}

/** The planner if its chunk has already loaded, else null. */
export function loadedPlanner(): Planner | null {
  return loaded;
}
