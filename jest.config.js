/** Tests mirror the source tree under tests/. ts-jest only transpiles (isolatedModules); `tsc --noEmit` checks types. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  testTimeout: 120000,
};
