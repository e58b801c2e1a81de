// A small reader of the text Chromium (Skia) writes in a PDF, for tests: each page's content
// stream decoded through its fonts' ToUnicode maps. Not a general PDF parser: enough to check
// that unit names are there as real text.
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    if (s < 0) out.set(Number(m[1]), { dict: body });
    else {
      const dict = body.slice(0, s);
      const len = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const from = start + s + "stream".length + (text[start + s + 6] === "\r" ? 2 : 1);
      let data = pdf.subarray(from, from + len);
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      out.set(Number(m[1]), { dict, stream: data });
    }
    re.lastIndex = end;
  }
  return out;
}

function cmap(stream: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  const text = stream.toString("latin1");
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, a, b] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(a as string, 16), hex(b as string));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, a, b, c] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(c as string, 16);
      for (let g = parseInt(a as string, 16); g <= parseInt(b as string, 16); g++) map.set(g, String.fromCodePoint(first + g - parseInt(a as string, 16)));
    }
  return map;
}

/** The text of each page, glyph runs joined by spaces. */
export function pdfPagesText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);
  const pages: string[] = [];
  for (const [, obj] of objs) {
    if (!/\/Type\s*\/Page\b/.test(obj.dict)) continue;
    let resources = obj.dict;
    const resRef = ref(obj.dict, "Resources");
    if (!Number.isNaN(resRef)) resources = objs.get(resRef)?.dict ?? "";
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "";
    // Skia writes Type3 fonts (one byte per code) and Type0 fonts (two bytes per code).
    const fonts = new Map<string, { map: Map<number, string>; width: number }>();
    for (const [, name, id] of fontDict.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(id));
      const tu = font ? ref(font.dict, "ToUnicode") : NaN;
      const stream = objs.get(tu)?.stream;
      if (font && stream) fonts.set(name as string, { map: cmap(stream), width: /\/Subtype\s*\/Type0/.test(font.dict) ? 4 : 2 });
    }
    const contents = /\/Contents\s*\[?\s*((?:\d+ 0 R\s*)+)/.exec(obj.dict)?.[1] ?? "";
    let text = "";
    for (const [, id] of contents.matchAll(/(\d+) 0 R/g)) {
      const content = objs.get(Number(id))?.stream?.toString("latin1") ?? "";
      let current = { map: new Map<number, string>(), width: 4 };
      for (const [, font, hexes] of content.matchAll(/\/([\w.-]+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
        if (font) current = fonts.get(font) ?? current;
        else {
          const { map, width } = current;
          for (const [, h] of (hexes as string).matchAll(/<([0-9a-fA-F]*)>/g))
            text += ((h as string).match(new RegExp(`.{${width}}`, "g")) ?? []).map((g) => map.get(parseInt(g, 16)) ?? "").join("");
          text += " ";
        }
      }
    }
    pages.push(text);
  }
  return pages;
}
