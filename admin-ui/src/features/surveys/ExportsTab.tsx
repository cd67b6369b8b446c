import { Heading3, Link, Paragraph } from "@utrecht/component-library-react";
import { exportUrls } from "./api/surveyApi";
import { useText } from "../../lib/text";
import { surveyTexts, type SurveyTextKey } from "./texts";
import type { TabProps } from "./SurveyPage";

// The server names each file (Content-Disposition), so the app does not name them again.
interface Download {
  href: string;
  label: SurveyTextKey;
  purpose: SurveyTextKey;
}

/** The files the server makes for a survey. */
export function downloads(slug: string): { data: Download[]; report: Download[] } {
  const urls = exportUrls(slug);
  return {
    data: [
      { href: urls.responsesCsv, label: "exportResponses", purpose: "exportResponsesPurpose" },
      { href: urls.responsesExcel, label: "exportResponsesExcel", purpose: "exportResponsesExcelPurpose" },
      { href: urls.codebookJson, label: "exportCodebookJson", purpose: "exportCodebookJsonPurpose" },
      { href: urls.codebookCsv, label: "exportCodebookCsv", purpose: "exportCodebookCsvPurpose" },
      { href: urls.readExportR, label: "exportRScript", purpose: "exportRScriptPurpose" },
    ],
    report: [
      { href: urls.reportHtml, label: "reportHtml", purpose: "reportHtmlPurpose" },
      { href: urls.reportPdf, label: "reportPdf", purpose: "reportPdfPurpose" },
      { href: urls.reportPdfFy, label: "reportPdfFy", purpose: "reportPdfFyPurpose" },
      { href: urls.reportPdfEn, label: "reportPdfEn", purpose: "reportPdfEnPurpose" },
    ],
  };
}

export function ExportsTab({ slug }: TabProps) {
  const t = useText(surveyTexts);
  const { data, report } = downloads(slug);
  const list = (items: Download[]) => (
    <ul className="mienskip-downloads">
      {items.map((d) => (
        <li key={d.href}>
          <Link href={d.href} download>
            {t(d.label)}
          </Link>
          <Paragraph>{t(d.purpose)}</Paragraph>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <Paragraph>{t("exportsIntro")}</Paragraph>
      <Heading3>{t("exportData")}</Heading3>
      {list(data)}
      <Heading3>{t("councilReport")}</Heading3>
      {list(report)}
      <Paragraph>{t("reportNeedsMargins")}</Paragraph>
    </>
  );
}
