// Flat config: typescript-eslint everywhere; Microsoft's office-addins rules for the add-in.
const { readdirSync } = require("fs");
const { join } = require("path");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");

module.exports = tseslint.config(
  { ignores: ["node_modules", "dist", "build", "bench/.cache", "demo", "workbook-templates/dist", "test-artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] } },
  ...dependencyRules(),
  prettier,
);

/**
 * The directions the README states, enforced: shared/ never reaches up into the front ends, the domain runs
 * anywhere (no exceljs, no Node modules, no DOM), the rules and the stamp stand on forms, values and findings
 * alone, only addin/src/office/ speaks to Excel, and the front ends reach a folder of shared/ through its index.ts.
 */
function dependencyRules() {
  const upward = {
    group: ["**/addin/**", "**/bin/**", "**/workbook-templates/**"],
    message: "shared/ is below the front ends.",
  };
  const platform = {
    group: ["exceljs", "fs", "fs/*", "path", "os", "zlib", "crypto", "worker_threads", "child_process", "node:*"],
    message: "The domain runs in Node and in the browser: reach the platform through an adapter.",
  };
  const domain = ["forms", "values", "rules", "validation", "findings", "stamp", "consolidate"].map(
    (folder) => `shared/${folder}/**`,
  );
  // Every other folder of shared/, read from the disk so a new one is refused too.
  const sharedFolders = readdirSync(join(__dirname, "shared"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const standsOn = (folder, below) => ({
    group: sharedFolders.filter((f) => f !== folder && !below.includes(f)).flatMap((f) => [`**/${f}`, `**/${f}/**`]),
    message: `shared/${folder} stands on ${below.join(", ")} alone.`,
  });
  // The front ends reach a folder of shared/ through its index.ts; import() and require() are no import
  // declarations, so no-restricted-imports does not see them: a selector does.
  const internals = {
    group: ["**/shared/*/**"],
    message: "Import the folder of shared/ (its index.ts), not a module inside it.",
  };
  const deepPath = "Literal[value=/(^|\\x2F)shared\\x2F[^\\x2F]+\\x2F/]";
  const throughIndex = [
    `ImportExpression > ${deepPath}`,
    `CallExpression[callee.name='require'] > ${deepPath}`,
    `TSImportType ${deepPath}`,
  ].map((selector) => ({ selector, message: internals.message }));
  const excel = ["MemberExpression[object.name='Excel']", "TSQualifiedName[left.name='Excel']"].map((selector) => ({
    selector,
    message: "Only addin/src/office/ touches Excel.",
  }));
  const frontEnds = ["addin/**/*.ts", "addin/**/*.tsx", "bin/**/*.ts"];
  const supplies = ["forms", "values", "findings"];
  const dom = ["window", "document", "navigator", "localStorage", "sessionStorage", "location", "HTMLElement"];
  return [
    { files: ["shared/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [upward] }] } },
    {
      files: domain,
      rules: {
        "no-restricted-imports": ["error", { patterns: [upward, platform] }],
        "no-restricted-globals": ["error", ...dom.map((name) => ({ name, message: "The domain knows no DOM." }))],
      },
    },
    ...["rules", "stamp"].map((folder) => ({
      files: [`shared/${folder}/**`],
      rules: { "no-restricted-imports": ["error", { patterns: [upward, platform, standsOn(folder, supplies)] }] },
    })),
    { files: ["shared/**/*.ts", "workbook-templates/**/*.ts"], rules: { "no-restricted-syntax": ["error", ...excel] } },
    {
      files: frontEnds,
      rules: {
        "no-restricted-imports": ["error", { patterns: [internals] }],
        "no-restricted-syntax": ["error", ...throughIndex],
      },
    },
    // A later entry replaces a rule's options: outside the Office adapter, both lists.
    {
      files: frontEnds,
      ignores: ["addin/src/office/**"],
      rules: { "no-restricted-syntax": ["error", ...excel, ...throughIndex] },
    },
  ];
}
