import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SelectField, TextField } from "./FormFields";

const input = (html: string) => html.match(/<(input|select)\b[^>]*>/)![0];

describe("TextField and SelectField", () => {
  it("describe the control by its help, then its error, then further notes, and mark it invalid with an error", () => {
    const html = renderToStaticMarkup(
      <TextField id="seats" label="Zetels" description="1 tot 1000" error="Te veel" describedBy="seats-hint" value="2000" onChange={() => {}} />,
    );
    expect(input(html)).toContain('aria-describedby="seats-description seats-error seats-hint"');
    expect(input(html)).toContain('aria-invalid="true"');
    expect(html).toMatch(/id="seats-description"[^>]*>1 tot 1000</);
    expect(html).toMatch(/id="seats-error"[^>]*>Te veel</);
  });

  it("leave a control without help or error undescribed and valid", () => {
    const html = renderToStaticMarkup(<TextField id="email" label="E-mail" value="" onChange={() => {}} />);
    expect(input(html)).not.toContain("aria-describedby");
    expect(input(html)).not.toContain("aria-invalid");
    expect(html).toMatch(/<label[^>]*for="email"[^>]*>E-mail<\/label>/);
  });

  it("name the help as the screen asks, and list the options of a dropdown in order", () => {
    const html = renderToStaticMarkup(
      <SelectField
        id="by"
        label="Naar"
        description="Kies"
        descriptionId="by-help"
        value="b"
        onChange={() => {}}
        options={[
          { value: "", label: "geen" },
          { value: "b", label: "B" },
        ]}
      />,
    );
    expect(input(html)).toContain('aria-describedby="by-help"');
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["", "b"]);
  });
});
