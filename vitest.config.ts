import { defineConfig } from 'vitest/config'

// removes each test file's temporary directories after its last test
const CLEANUP = '__tests__/support/cleanup.ts'

// Three tiers: pure tables (unit), real tools (integration), the bundled dist/ run as the runner does (e2e).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['__tests__/unit/**/*.test.ts'], testTimeout: 10_000, setupFiles: [CLEANUP] } },
      {
        test: {
          name: 'integration',
          include: ['__tests__/integration/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          globalSetup: ['__tests__/support/global-setup.ts'],
          setupFiles: [CLEANUP]
        }
      },
      {
        test: {
          name: 'e2e',
          include: ['__tests__/e2e/**/*.test.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 1_200_000,
          globalSetup: ['__tests__/support/global-setup.ts'],
          setupFiles: [CLEANUP],
          // e2e runs share one Go build cache and compile on both cores: one file at a time
          fileParallelism: false
        }
      }
    ]
  }
})
