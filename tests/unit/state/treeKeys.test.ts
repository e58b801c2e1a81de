import { describe, expect, it } from "vitest";
import { treeKeyCommand, type TreeItemInfo } from "../../../src/state/treeKeys.ts";

// dgos ─ sd (expanded) ─ b1, b2 ; other (collapsed, has children)
const order: TreeItemInfo[] = [
  { id: "dgos", parent: null, hasChildren: true, collapsed: false, firstChild: "sd" },
  { id: "sd", parent: "dgos", hasChildren: true, collapsed: false, firstChild: "b1" },
  { id: "b1", parent: "sd", hasChildren: false, collapsed: false },
  { id: "b2", parent: "sd", hasChildren: false, collapsed: false },
  { id: "other", parent: "dgos", hasChildren: true, collapsed: true, firstChild: "hidden" },
];

describe("treeKeyCommand", () => {
  it("moves focus down and up through the visible items in reading order", () => {
    expect(treeKeyCommand("ArrowDown", order, "sd")).toEqual({ type: "focus", id: "b1" });
    expect(treeKeyCommand("ArrowUp", order, "sd")).toEqual({ type: "focus", id: "dgos" });
    expect(treeKeyCommand("ArrowDown", order, "other")).toBeNull();
  });

  it("jumps to the first and last items with Home and End", () => {
    expect(treeKeyCommand("Home", order, "b2")).toEqual({ type: "focus", id: "dgos" });
    expect(treeKeyCommand("End", order, "b2")).toEqual({ type: "focus", id: "other" });
  });

  it("ArrowRight expands a closed item, then enters its first child", () => {
    expect(treeKeyCommand("ArrowRight", order, "other")).toEqual({ type: "toggle", id: "other" });
    expect(treeKeyCommand("ArrowRight", order, "sd")).toEqual({ type: "focus", id: "b1" });
    expect(treeKeyCommand("ArrowRight", order, "b1")).toBeNull();
  });

  it("ArrowLeft collapses an open item, otherwise goes to the parent", () => {
    expect(treeKeyCommand("ArrowLeft", order, "sd")).toEqual({ type: "toggle", id: "sd" });
    expect(treeKeyCommand("ArrowLeft", order, "b2")).toEqual({ type: "focus", id: "sd" });
    expect(treeKeyCommand("ArrowLeft", order, "other")).toEqual({ type: "focus", id: "dgos" });
  });

  it("Enter and Space activate the focused item; other keys are left alone", () => {
    expect(treeKeyCommand("Enter", order, "b1")).toEqual({ type: "activate", id: "b1" });
    expect(treeKeyCommand(" ", order, "b1")).toEqual({ type: "activate", id: "b1" });
    expect(treeKeyCommand("a", order, "b1")).toBeNull();
  });
});
