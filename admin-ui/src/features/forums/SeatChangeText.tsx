import { formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import type { SeatChange } from "./api/types";
import { seatStatusText } from "./seatStatus";
import { forumTexts } from "./texts";

/**
 * One recorded change of a member's seat status: what was said or tried, and under it the status,
 * who recorded it and when. A comment deleted with the member's personal data says so.
 */
export function SeatChangeText({ change }: { change: SeatChange }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  return (
    <>
      <span className="mienskip-seat-comment">{change.comment ?? t("seatCommentDeleted")}</span>
      <span className="mienskip-seat-meta">
        {t("seatChangedBy", {
          status: seatStatusText(change.status, language),
          by: change.changed_by,
          moment: formatMoment(change.changed_at, language),
        })}
      </span>
    </>
  );
}
