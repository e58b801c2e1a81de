// The WAI-ARIA treeview keys as a pure function: which command a key means for the focused item.
export type TreeCommand = { type: "focus"; id: string } | { type: "toggle"; id: string } | { type: "activate"; id: string };

export interface TreeItemInfo {
  id: string;
  parent: string | null;
  hasChildren: boolean;
  collapsed: boolean;
  firstChild?: string;
}

/**
 * `order` is the visible items in reading (depth-first) order. Returns null for keys the tree
 * does not handle, so they keep their default behaviour.
 */
export function treeKeyCommand(key: string, order: readonly TreeItemInfo[], activeId: string): TreeCommand | null {
  const i = order.findIndex((item) => item.id === activeId);
  const item = order[i];
  if (!item) return null;
  const focus = (target: TreeItemInfo | undefined | string | null): TreeCommand | null => {
    const id = typeof target === "string" ? target : target?.id;
    return id ? { type: "focus", id } : null;
  };
  switch (key) {
    case "ArrowDown":
      return focus(order[i + 1]);
    case "ArrowUp":
      return focus(order[i - 1]);
    case "Home":
      return focus(order[0]);
    case "End":
      return focus(order[order.length - 1]);
    case "ArrowRight":
      if (!item.hasChildren) return null;
      return item.collapsed ? { type: "toggle", id: item.id } : focus(item.firstChild);
    case "ArrowLeft":
      if (item.hasChildren && !item.collapsed) return { type: "toggle", id: item.id };
      return focus(item.parent);
    case "Enter":
    case " ":
      return { type: "activate", id: item.id };
    default:
      return null;
  }
}
