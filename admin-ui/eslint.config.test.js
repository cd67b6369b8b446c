// The lint rule that keeps the staff app's layout (eslint.config.js) fails where it should: these
// files are linted in memory, as if they were in the tree, with the project's own configuration.
import { fileURLToPath, URL } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary rule's messages for `code` placed at `filePath`. */
async function boundaryErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

// The first lint loads ESLint, its plugins and the parser: slow on a busy machine.
describe("the import boundaries", { timeout: 60_000 }, () => {
  it("refuse a feature importing another feature", async () => {
    const errors = await boundaryErrors(
      "src/features/forums/Probe.ts",
      'import { surveyTexts } from "../surveys/texts";\nexport const probe = surveyTexts;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/A feature does not import another feature/);
  });

  it("refuse lib/ and components/ importing a feature or the app", async () => {
    expect(await boundaryErrors("src/lib/probe.ts", 'import { forumTexts } from "../features/forums/texts";\nexport const probe = forumTexts;\n')).toHaveLength(1);
    expect(await boundaryErrors("src/components/Probe.tsx", 'import { AppProvider } from "../app/AppProvider";\nexport const probe = AppProvider;\n')).toHaveLength(1);
  });

  it("let a feature use its own folders, lib/ and components/, and the app use features", async () => {
    expect(
      await boundaryErrors(
        "src/features/surveys/results/Probe.tsx",
        'import { surveyTexts } from "../texts";\nimport { translate } from "../../../lib/text";\nimport { DataTable } from "../../../components/DataTable";\nexport const probe = [surveyTexts, translate, DataTable];\n',
      ),
    ).toEqual([]);
    expect(await boundaryErrors("src/app/Probe.tsx", 'import { ForumPage } from "../features/forums/ForumPage";\nexport const probe = ForumPage;\n')).toEqual([]);
  });
});
