import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "bench/results", "tests/browser/screenshots", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // d3-zoom and d3-selection live in one module only: d3 and React must never write the same element.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/zoom/createPanZoom.ts", "src/zoom/noTransition.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: ["d3-zoom", "d3-selection"].map((name) => ({ name, message: "Only src/zoom/createPanZoom.ts (and its d3-transition stand-in) may import d3-zoom/d3-selection." })) }],
    },
  },
);
