// The Office.js rules of eslint-plugin-office-addins on the TypeScript sources, without the
// template's formatting rules (formatting is not what review catches).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "artifacts/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    // Only where Office.js is used: the rules read any `.load`/`.value` as Office.js proxies (ExcelJS too).
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
