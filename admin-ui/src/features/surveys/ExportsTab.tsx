import { Heading3, Link, Paragraph } from "@utrecht/component-library-react";
import { exportUrls } from "../../lib/api";
import { text, type TextKey } from "../../lib/texts";
import type { TabProps } from "./SurveyPage";

interface Download {
  href: string;
  fileName: string;
  label: TextKey;
  purpose: TextKey;
}

/** The files the server makes for a survey, with the names they are saved under. */
export function downloads(slug: string): { data: Download[]; report: Download[] } {
  const urls = exportUrls(slug);
  return {
    data: [
      { href: urls.responsesCsv, fileName: `responses-${slug}.csv`, label: "exportResponses", purpose: "exportResponsesPurpose" },
      { href: urls.responsesExcel, fileName: `responses-${slug}-excel.csv`, label: "exportResponsesExcel", purpose: "exportResponsesExcelPurpose" },
      { href: urls.codebookJson, fileName: `codebook-${slug}.json`, label: "exportCodebookJson", purpose: "exportCodebookJsonPurpose" },
      { href: urls.codebookCsv, fileName: `codebook-${slug}.csv`, label: "exportCodebookCsv", purpose: "exportCodebookCsvPurpose" },
      { href: urls.readExportR, fileName: "read_export.R", label: "exportRScript", purpose: "exportRScriptPurpose" },
    ],
    report: [
      { href: urls.reportHtml, fileName: `report-${slug}.html`, label: "reportHtml", purpose: "reportHtmlPurpose" },
      { href: urls.reportPdf, fileName: `report-${slug}.pdf`, label: "reportPdf", purpose: "reportPdfPurpose" },
    ],
  };
}

export function ExportsTab({ language, slug }: TabProps) {
  const { data, report } = downloads(slug);
  const list = (items: Download[]) => (
    <ul className="mienskip-downloads">
      {items.map((d) => (
        <li key={d.href}>
          <Link href={d.href} download={d.fileName}>
            {text(language, d.label)}
          </Link>{" "}
          <span className="mienskip-id">({d.fileName})</span>
          <Paragraph>{text(language, d.purpose)}</Paragraph>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <Paragraph>{text(language, "exportsIntro")}</Paragraph>
      <Heading3>{text(language, "exportData")}</Heading3>
      {list(data)}
      <Heading3>{text(language, "councilReport")}</Heading3>
      {list(report)}
      <Paragraph>{text(language, "reportNeedsMargins")}</Paragraph>
    </>
  );
}
