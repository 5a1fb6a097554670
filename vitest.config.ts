import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The CLI tests start Node processes; give them room on a 2-core machine.
    testTimeout: 30_000,
    // Two test files at a time even on two cores (vitest's default is one fewer than the
    // cores): most of the suite waits on Chromium and child processes, not on its own CPU.
    maxWorkers: 2,
  },
});
