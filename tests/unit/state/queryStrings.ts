// Generated query strings for the URL fuzz tests (unit: the parser; browser: the whole page).
import fc from "fast-check";
import { VIEWS } from "../../../src/state/urlState.ts";

const versionIds = ["2010", "2016", "2024"];

const KEYS = ["v", "u", "q", "vue", "toutes", "de", "a", "cote", "dataset", "utm_source", "fbclid", "x", "<img src=x onerror=alert(1)>", "%", "&", "="];
const PAYLOADS = ["javascript:alert(1)", "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "%E0%A4%A", "%", "%%", "%zz", "%ED%A0%80", "\u0000", "\u202e", "😀".repeat(150)];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }));
const value = fc.oneof(
  fc.constantFrom(...PAYLOADS, ...versionIds, ...VIEWS, "dgos", "r1", "pf", "de", "a", "1", "0", ""),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ minLength: 190, maxLength: 2000 }),
);
/** Raw query strings: pairs joined with &, some values percent-encoded, some not, some broken. */
export const queryString = fc
  .array(fc.tuple(key, value, fc.constantFrom("raw", "encoded", "bare")), { maxLength: 40 })
  .map((pairs) =>
    `?${pairs
      .map(([k, v, mode]) => (mode === "bare" ? k : mode === "encoded" ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join("&")}`,
  );

