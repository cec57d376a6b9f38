/**
 * Tests mirror the source tree under tests/. ts-jest only transpiles (isolatedModules); `tsc --noEmit` checks types.
 * Node is the environment; component tests ask for jsdom in a docblock, and jsdom-globals fills in what it lacks.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  setupFiles: ["<rootDir>/tests/setup/jsdom-globals.js"],
  // Packages load their Node builds in jsdom too: their browser builds are ES modules jest 29 cannot run.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 120000,
};
