// Vite plugin: the Content-Security-Policy shipped with the build.
// - build: hashes every inline <script> of the final index.html (after deferredEntryPlugin added
//   its loader) and puts the policy in a <meta> at the top of <head>; writes dist/_headers
//   (deploy/_headers with the policy filled in) for static hosts that read that file.
// - preview: serves the same policy, plus what a <meta> cannot carry (frame-ancestors) and the
//   other security headers, so the browser tests run under it.
// - dev: no policy (Vite's HMR client injects inline scripts and styles); see README « Déployer ».
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

/** Everything but the script hashes; img blob: for the PNG export, data: for DSFR icons and the favicon. */
export const BASE_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Only as an HTTP header (ignored in a <meta>). */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()",
};

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/;

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash("sha256").update(m[1] ?? "", "utf8").digest("base64")}'`);
}

export function metaPolicy(html: string): string {
  const hashes = inlineScriptHashes(html);
  return [BASE_DIRECTIVES[0], `script-src 'self' ${hashes.join(" ")}`.trim(), ...BASE_DIRECTIVES.slice(1)].join("; ");
}

/** index.html with the policy <meta> first in <head> (it only governs what follows it). */
export function addPolicyMeta(html: string): string {
  const policy = metaPolicy(html.replace(META, ""));
  // Right after <meta charset>, which must come first.
  return html.replace(META, "").replace(/<meta charset="UTF-8" \/>\s*/, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}" />\n    `);
}

/** The header policy for a built index.html: its meta policy plus frame-ancestors. */
export function headerPolicy(html: string): string {
  const meta = META.exec(html)?.[1];
  if (!meta) throw new Error("csp: index.html has no Content-Security-Policy meta");
  return [meta, ...HEADER_ONLY_DIRECTIVES].join("; ");
}

export function cspPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "dgos-csp",
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: { order: "post", handler: (html, ctx) => (ctx.server ? html : addPolicyMeta(html)) },
    writeBundle() {
      const dist = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(config.root, "deploy", "_headers"), "utf8");
      const policy = headerPolicy(readFileSync(join(dist, "index.html"), "utf8"));
      writeFileSync(join(dist, "_headers"), template.replace("Content-Security-Policy: __CSP__", `Content-Security-Policy: ${policy}`));
    },
    configurePreviewServer(server) {
      const dist = resolve(config.root, config.build.outDir);
      server.middlewares.use((_req, res, next) => {
        // Read per request: a rebuild (the browser tests build before serving) changes the hashes.
        const policy = headerPolicy(readFileSync(join(dist, "index.html"), "utf8"));
        res.setHeader("Content-Security-Policy", policy);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}
