import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTable } from "./DataTable";

// The markup the screens had before they shared DataTable, which the browser tests read by
// position ("the third td of the 65+ row"): row headers where the first cell names the row, data
// cells only where it does not, and figures aligned on the right.
function render(rowHeaders?: boolean): string {
  return renderToStaticMarkup(
    <DataTable
      caption="Vrijwilligers per quotum"
      rowHeaders={rowHeaders}
      columns={[{ header: "Categorie" }, { header: "Waarde" }, { header: "Vrijwilligers", numeric: true }]}
      rows={[
        { key: "a", cells: ["Leeftijd", "65+", "2"] },
        { key: "b", cells: ["Leeftijd", "18-34"], spanning: "te weinig" },
      ]}
    />,
  );
}

function cellsOfRow(html: string, row: number): string[] {
  const body = html.slice(html.indexOf("<tbody"));
  const rows = body.split("<tr").slice(1);
  return [...rows[row].matchAll(/<(td|th)\b[^>]*>/g)].map((m) => m[0]);
}

describe("DataTable", () => {
  it("makes the first cell of each row a row header by default", () => {
    const cells = cellsOfRow(render(), 0);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toMatch(/^<th\b/);
    expect(cells[0]).toContain('scope="row"');
    expect(cells[1]).toMatch(/^<td\b/);
    expect(cells[2]).toMatch(/^<td\b/);
    expect(cells[2]).toContain("mienskip-number");
  });

  it("has only data cells in the body with rowHeaders={false}", () => {
    const cells = cellsOfRow(render(false), 0);
    expect(cells).toHaveLength(3);
    expect(cells.every((cell) => cell.startsWith("<td"))).toBe(true);
    expect(cells[2]).toContain("mienskip-number");
  });

  it("spans the remaining columns with one cell", () => {
    const cells = cellsOfRow(render(), 1);
    expect(cells).toHaveLength(3);
    expect(cells[2]).toMatch(/colSpan="1"|colspan="1"/);
  });

  it("names the table with its caption, also when the caption is only for screen readers", () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Burgerfora" captionHidden columns={[{ header: "Burgerforum" }]} rows={[]} />,
    );
    expect(html).toMatch(/<caption[^>]*mienskip-visually-hidden[^>]*>Burgerfora<\/caption>/);
  });
});
