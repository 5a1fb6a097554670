import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // For in-process tests only: a test that starts a process, a browser or a build sets its
    // own limit (tests/architecture/test-timeouts.test.ts checks that it does).
    testTimeout: 30_000,
    // Two test files at a time even on two cores (vitest's default is one fewer than the
    // cores): most of the suite waits on Chromium and child processes, not on its own CPU.
    maxWorkers: 2,
    // Test files share their worker's module cache instead of importing src/ again for each
    // file (importing cost 4× the unit tests' own time). Nothing under src/ keeps module state
    // that a test changes (tests/architecture/import-graph.test.ts holds src/site to it); the
    // two test files that set an environment variable remove it when they end.
    isolate: false,
  },
});
