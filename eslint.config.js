// ESLint: the recommended rules of ESLint and typescript-eslint (without type
// information, so `npm run lint` takes seconds), plus the few rules that catch
// what review has missed here. Formatting is Prettier's job (.prettierrc.json).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/", "node_modules/", ".tmp/", "coverage/", "**/*.min.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are mistakes here, except deliberately ignored ones (_name).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      // Non-null assertions are used where a schema or a check has already proved the value exists.
      "@typescript-eslint/no-non-null-assertion": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
      // The reports are matched with their two-space columns, which {2} would hide.
      "no-regex-spaces": "off",
    },
  },
  {
    // Code that runs inside Chromium pages (Paged.js hooks, the layout collector, the print preview).
    files: ["src/pdf/layout-collector.js", "templates/assets/**/*.js", "tests/fixtures/faults/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
