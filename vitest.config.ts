import { defineConfig } from 'vitest/config';

// Unit tests use in-memory fakes of our own interfaces; integration tests talk to the real
// servers that scripts/stack.sh starts (their addresses come from .stack/*.env).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
