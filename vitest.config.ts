import { defineConfig } from 'vitest/config';

// Unit tests use in-memory fakes of our own interfaces; integration tests talk to the real
// servers that scripts/stack.sh starts (their addresses come from .stack/*.env); the fault suite
// (test/fault) runs as a group of its own (sequence.groupOrder), never beside the integration tests.
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
      {
        // Each file breaks one neighbour of the operator (Slurm, the API server, Postgres, the
        // operator itself) under a load of 200 Trainings; its own group, so never beside the others.
        test: {
          name: 'fault',
          include: ['test/fault/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
