import type { VersionIndex } from "../../domain/hierarchy.ts";
import type { CARD_METRICS, layoutTree } from "../../layout/layoutTree.ts";
import type { Dataset } from "../../domain/schema.ts";
import type { DiffResult } from "../../domain/diff.ts";

export interface ExportDialogProps {
  dataset: Dataset;
  index: VersionIndex;
  /** Folded units of the pane being exported. */
  collapsed: ReadonlySet<string>;
  /** The selected unit, offered as a scope. */
  selected: string | null;
  onClose: () => void;
  /**
   * The chart's layout, handed over by the start-up bundle rather than imported by the lazy
   * chunk: a static import there makes the bundler split React and shared modules out of the
   * entry chunk (≈2 KB gzip more at start-up, past the budget).
   */
  engine: LayoutEngine;
}

export interface LayoutEngine {
  layoutTree: typeof layoutTree;
  metrics: typeof CARD_METRICS;
}

export interface CompareExportProps {
  dataset: Dataset;
  /** The one diff result the comparison view shows (earlier → later). */
  result: DiffResult;
  /** The two panes, left and right, with their folds. */
  panes: ReadonlyArray<{ index: VersionIndex; collapsed: ReadonlySet<string>; side: "from" | "to" }>;
  onClose: () => void;
  engine: LayoutEngine;
}
