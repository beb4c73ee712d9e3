// Three projects: pure rules (node), components (jsdom), integration (a real database:
// SQLite by default, PostgreSQL when TEST_DATABASE=postgresql; see __tests__/helpers/).
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/__tests__/helpers/server-only-stub.js",
    "^@/(.*)$": "<rootDir>/$1",
  },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/e2e/", "/bench/"],
};

module.exports = async () => {
  const make = async (project) => createJestConfig({ ...shared, ...project })();
  return {
    projects: [
      await make({
        displayName: "unit",
        testEnvironment: "node",
        testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts"],
      }),
      await make({
        displayName: "components",
        testEnvironment: "jsdom",
        testMatch: ["<rootDir>/__tests__/components/**/*.test.tsx"],
        setupFilesAfterEnv: ["<rootDir>/__tests__/helpers/jest-dom-setup.ts"],
      }),
      await make({
        displayName: "integration",
        testEnvironment: "node",
        testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts"],
        globalSetup: "<rootDir>/__tests__/helpers/global-setup.js",
        globalTeardown: "<rootDir>/__tests__/helpers/global-teardown.js",
        setupFiles: ["<rootDir>/__tests__/helpers/db-env.js"],
        setupFilesAfterEnv: ["<rootDir>/__tests__/helpers/db-lifecycle.ts"],
      }),
    ],
  };
};
