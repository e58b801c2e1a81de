// The export's SVG element tree as React elements, for the print view: the same drawing as
// the SVG file, in the page (so the PDF keeps real, selectable text).
import { createElement, type ReactNode } from "react";
import type { SvgNode } from "../../domain/export/svgTree.ts";

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function svgToReact(node: SvgNode | string, key?: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) if (k !== "xmlns" && k !== "version") props[camel(k)] = v;
  if (key !== undefined) props.key = key;
  return createElement(node.tag, props, ...node.children.map((c, i) => svgToReact(c, i)));
}
