// Browser tests (npm run test:e2e, which starts the server): one file at a time, real Chromium.
const nextJest = require("next/jest");

module.exports = nextJest({ dir: "./" })({
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/e2e/**/*.e2e.ts"],
  moduleNameMapper: { "^server-only$": "<rootDir>/__tests__/helpers/server-only-stub.js", "^@/(.*)$": "<rootDir>/$1" },
  testTimeout: 120_000,
});
