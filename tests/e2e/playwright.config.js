// Browser tests drive Debian's chromium (installed by deploy/install-deps.sh), never a downloaded
// browser. tests/e2e/run.sh starts the server and sets MIENSKIP_BASE_URL.
const { defineConfig } = require("@playwright/test");

module.exports = defineConfig({
  testDir: ".",
  testMatch: "*.spec.js",
  timeout: 60_000,
  // A sign-in or password change computes scrypt at 2^17 (0.77 s per hash with Python's
  // hashlib.scrypt on the development machine; a password change takes two), and longer when the
  // machine is busy with other tests: wait that long for what follows before calling it missing.
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [["list"]],
  outputDir: process.env.MIENSKIP_E2E_OUTPUT || "test-results",
  use: {
    baseURL: process.env.MIENSKIP_BASE_URL,
    viewport: { width: 390, height: 844 }, // a phone first
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    },
  },
});
