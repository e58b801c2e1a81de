// A tiny element tree for SVG: the export writes it as a string (SVG, PNG) and the print view
// turns it into React elements, so both draw exactly the same thing. Presentation attributes
// only (fill, font-size…): no style attribute, no <style>, so it passes a strict CSP and
// opens alike in browsers, Inkscape and LibreOffice Draw.

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: Array<SvgNode | string>;
}

export function el(tag: string, attrs: Record<string, string | number | undefined> = {}, children: Array<SvgNode | string> = []): SvgNode {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { tag, attrs: clean, children };
}

const SPECIAL = /[&<>"]/;

export function escapeXml(text: string): string {
  // Most strings (numbers, paths, names) need nothing: skip the four replacements then.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Serialises without recursion limits mattering (trees are shallow: svg > g > g > text > tspan). */
export function serializeSvg(node: SvgNode): string {
  const out: string[] = [];
  const write = (n: SvgNode | string) => {
    if (typeof n === "string") {
      out.push(escapeXml(n));
      return;
    }
    out.push(`<${n.tag}`);
    for (const k in n.attrs) {
      const v = n.attrs[k] as string | number;
      out.push(` ${k}="${typeof v === "number" ? v : escapeXml(v)}"`);
    }
    if (n.children.length === 0) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const c of n.children) write(c);
    out.push(`</${n.tag}>`);
  };
  write(node);
  return out.join("");
}
