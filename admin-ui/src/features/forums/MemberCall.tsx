import { Link } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { FactList } from "../../components/FactList";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import type { PanelContact, SeatChangeInput } from "./api/types";
import { contactName, memberStatusText, telHref } from "./panelContacts";
import type { CallOutcome } from "./seatCall";
import { latestSeatChange, seatStatusText } from "./seatStatus";
import { SeatChangeText } from "./SeatChangeText";
import { SeatStatusForm } from "./SeatStatusForm";
import { forumTexts } from "./texts";

/**
 * One member of the panel as it is now, for whoever calls them: how to reach them, where they stand
 * and what was last said, everything recorded before (folded), and the form to record a call.
 * `outcome` is what the last record of this member came to, shown beside its form.
 */
export function MemberCall({
  member,
  level,
  outcome,
  busy,
  onRecord,
}: {
  member: PanelContact;
  level: 2 | 3;
  outcome: CallOutcome | null;
  busy: boolean;
  onRecord: (change: SeatChangeInput) => Promise<boolean>;
}) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const latest = latestSeatChange(member.seat_history);
  const dial = member.phone ? telHref(member.phone) : null;
  const title = member.name ? (
    <>
      {member.name} <span className="mienskip-id">{member.id}</span>
    </>
  ) : (
    contactName(member, language)
  );

  return (
    <Section id={`call-${member.id}`} level={level} title={title} className="mienskip-call">
      <FactList
        facts={[
          { name: t("contactPhone"), value: dial ? <Link href={dial}>{member.phone}</Link> : (member.phone ?? "–") },
          { name: t("contactEmail"), value: member.email ? <Link href={`mailto:${member.email}`}>{member.email}</Link> : "–" },
          { name: t("memberPlace"), value: memberStatusText(member.status, language) },
          { name: t("seatStatus"), value: <strong>{seatStatusText(member.seat_status, language)}</strong> },
          { name: t("seatLatest"), value: latest ? <SeatChangeText change={latest} /> : t("seatNothingYet") },
        ]}
      />
      {member.seat_history.length > 0 && (
        <details className="mienskip-details">
          <summary>{t("seatHistory", { count: member.seat_history.length })}</summary>
          <ol className="mienskip-seat-history">
            {member.seat_history.map((change, i) => (
              <li key={i}>
                <SeatChangeText change={change} />
              </li>
            ))}
          </ol>
        </details>
      )}
      <SeatStatusForm
        member={member}
        refusal={outcome && "refused" in outcome ? outcome.refused : null}
        busy={busy}
        onRecord={onRecord}
      />
      <StatusMessage message={outcome && "recorded" in outcome ? outcome.recorded : ""} />
    </Section>
  );
}
