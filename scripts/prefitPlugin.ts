// Vite plugin (build only): inlines src/adapters/prefit.ts at the end of index.html's body, after
// the prerendered page and before the deferred loader, so the prerendered chart's cards are placed
// before the first paint. Compiled here from the same TypeScript as the app (one firstView), as a
// classic script: a module would wait for the end of parsing and run after the first paint.
// cspPlugin hashes it with the page's other inline scripts.
import { resolve } from "node:path";
import { build, type Plugin, type Rollup } from "vite";

export const PREFIT_ENTRY = "src/adapters/prefit.ts";

export async function compilePrefit(root: string): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: "error",
    publicDir: false,
    build: { write: false, minify: true, target: "es2020", lib: { entry: resolve(root, PREFIT_ENTRY), formats: ["iife"], name: "prefit" } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output[0] : output)?.output.find((o): o is Rollup.OutputChunk => o.type === "chunk");
  if (!chunk) throw new Error(`prefit: no code compiled from ${PREFIT_ENTRY}`);
  const code = chunk.code.trim();
  if (/<\/script/i.test(code)) throw new Error("prefit: the compiled script contains </script");
  return code;
}

export function prefitPlugin(): Plugin {
  let root = process.cwd();
  let code = "";
  return {
    name: "dgos-prefit",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      code = await compilePrefit(root);
    },
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (!html.includes("</body>")) throw new Error("prefit: no </body> in index.html");
        return html.replace("</body>", `<script>${code}</script>\n  </body>`);
      },
    },
  };
}
