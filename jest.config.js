/** Tests mirror the source tree under tests/. TypeScript is transpiled by swc; `tsc --noEmit` checks types. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } },
        module: { type: "commonjs" },
      },
    ],
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  testTimeout: 120000,
};
