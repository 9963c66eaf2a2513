// office-addin-lint's rules (eslint-plugin-office-addins, prettier) for src/. TypeScript checks
// names itself, so the two core rules that misread TypeScript are off: no-undef (globals such as
// Excel, process and Buffer are typed) and no-redeclare (a zod schema and its type share a name).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
];
