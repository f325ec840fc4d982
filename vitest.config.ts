import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 20_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node', hookTimeout: 120_000 } },
    ],
  },
});
