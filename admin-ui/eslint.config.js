// ESLint 9 flat config. Besides the recommended JavaScript and TypeScript rules it holds the
// staff app's layout (docs/architecture.md, "admin-ui"): a feature never imports another feature,
// lib/ and components/ import no feature and not the app, and only app/ puts features together.
// eslint.config.test.js proves the boundaries fail on a deliberate violation.
import fs from "node:fs";
import { URL } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";

const features = fs
  .readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "A feature does not import another feature: move what both need to lib/ or components/, or compose them in app/.",
  })),
  {
    target: ["./src/lib", "./src/components"],
    from: ["./src/features", "./src/app"],
    message: "lib/ and components/ are shared by every feature and import none (nor the app).",
  },
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the app; the app imports them.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } } },
    rules: {
      "import/no-restricted-paths": ["error", { zones: boundaries }],
      // Every relative import must resolve, or a boundary could be crossed by a path the rule
      // cannot follow (packages are resolved by TypeScript and Vite, which read their exports maps).
      "import/no-unresolved": ["error", { ignore: ["^[^.]", "\\.css$"] }],
    },
  },
);
