// LibreOffice checks of real .xlsx files (`npm run test:files`); slow, so kept out of `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/files"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 180_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs" }, isolatedModules: true }],
  },
};
