import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built into dist/ and served by `mienskip serve` under /admin (same origin as the API, so the
// session cookie and CSRF token work without any cross-site setup).
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  test: { environment: "node" },
});
