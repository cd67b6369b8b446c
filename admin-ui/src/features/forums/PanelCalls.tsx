import { useState } from "react";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { DataTable } from "../../components/DataTable";
import { QueryStatus } from "../../components/QueryStatus";
import { Section } from "../../components/Section";
import { usePanelContacts } from "./api/queries";
import { useRecordSeatStatus } from "./api/actions";
import type { SeatChangeInput } from "./api/types";
import { callList, contactName, contactRows, telHref } from "./panelContacts";
import { recordCall, type CallOutcome } from "./seatCall";
import { latestSeatChange, seatCountsText, seatedText, seatStatusText } from "./seatStatus";
import { SeatChangeText } from "./SeatChangeText";
import { MemberCall } from "./MemberCall";
import { forumTexts } from "./texts";

/**
 * Calling the panel, for its callers and its managers alike: how far the panel is (the counts, and
 * whether everyone has confirmed), the members to call at a glance, then each member with where they
 * stand and a form to record a call, and last those replaced, read-only. `level` is the level of
 * each member's heading (2 under the forum's name, 3 under a tab's).
 */
export function PanelCalls({ slug, level }: { slug: string; level: 2 | 3 }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const contactsQuery = usePanelContacts(slug);
  const record = useRecordSeatStatus(slug);
  // The last record and what it came to, shown with that member's form.
  const [last, setLast] = useState<{ id: string; outcome: CallOutcome } | null>(null);
  // undefined while loading or refused; null before the panel is drawn.
  const contacts = contactsQuery.data;

  async function recordFor(id: string, change: SeatChangeInput): Promise<boolean> {
    setLast(null);
    const outcome = await recordCall((member, asked) => record.mutateAsync({ id: member, change: asked }), id, change, language);
    setLast({ id, outcome });
    return "recorded" in outcome;
  }

  if (!contacts) {
    return (
      <>
        <QueryStatus query={contactsQuery} context={t("panelContactsNotLoaded")} />
        {contacts === null && <Paragraph>{t("panelNotDrawn")}</Paragraph>}
      </>
    );
  }

  const { current, replaced } = callList(contacts.members);
  return (
    <>
      <QueryStatus query={contactsQuery} context={t("panelContactsNotLoaded")} />
      <Paragraph>{seatCountsText(contacts.seat_counts, language)}</Paragraph>
      {contacts.seated && (
        <Paragraph>
          <strong>{seatedText(contacts.seat_counts, language)}</strong>
        </Paragraph>
      )}
      <DataTable
        caption={t("panelContactsCaption")}
        // The number first after the name: on a phone it is what a caller needs without scrolling.
        columns={[{ header: t("contactName") }, { header: t("contactPhone") }, { header: t("seatStatus") }, { header: t("memberPlace") }, { header: t("contactEmail") }]}
        rows={contactRows(current, language).map((row) => {
          // On a phone, a tap on the number calls it and a tap on the address writes to it.
          const dial = row.phone ? telHref(row.phone) : null;
          const phone = dial ? <Link href={dial}>{row.phone}</Link> : (row.phone ?? "–");
          return {
            key: row.id,
            cells: [row.name, phone, row.seat, row.status, row.email ? <Link href={`mailto:${row.email}`}>{row.email}</Link> : "–"],
          };
        })}
      />
      {current.map((member) => (
        <MemberCall
          key={member.id}
          member={member}
          level={level}
          outcome={last?.id === member.id ? last.outcome : null}
          busy={record.isPending}
          onRecord={(change) => recordFor(member.id, change)}
        />
      ))}
      {replaced.length > 0 && (
        <Section id="replaced" level={level} title={t("replacedTitle")}>
          <Paragraph>{t("replacedIntro")}</Paragraph>
          <DataTable
            caption={t("replacedCaption")}
            columns={[{ header: t("contactName") }, { header: t("seatLastStatus") }, { header: t("seatLatest") }]}
            rows={replaced.map((member) => {
              const latest = latestSeatChange(member.seat_history);
              return {
                key: member.id,
                cells: [contactName(member, language), seatStatusText(member.seat_status, language), latest ? <SeatChangeText change={latest} /> : "–"],
              };
            })}
          />
        </Section>
      )}
    </>
  );
}
