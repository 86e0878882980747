/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser and LibreOffice checks run from .ci/run, not from the fast suite.
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/test/files/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" }, isolatedModules: true }],
  },
};
