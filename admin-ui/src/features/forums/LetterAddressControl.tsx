import { useEffect, useState } from "react";
import { Alert, Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from "@utrecht/component-library-react";
import { useText } from "../../lib/text";
import { useLetterAddress } from "./api/queries";
import { forumTexts, type ForumTextKey } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/FormFields";
import type { AddressRole, AddressRoles } from "./api/types";
import { addressRoles, missingAddressRoles } from "./letterAddress";
import { Section } from "../../components/Section";

const roleLabels: Record<AddressRole, ForumTextKey> = {
  given_name: "addressRoleGivenName",
  prefix: "addressRolePrefix",
  surname: "addressRoleSurname",
  street: "addressRoleStreet",
  house_number: "addressRoleHouseNumber",
  house_letter: "addressRoleHouseLetter",
  addition: "addressRoleAddition",
  postcode: "addressRolePostcode",
  place: "addressRolePlace",
};

/**
 * The letters' address block: a dropdown per role, filled in with the columns the register's
 * names suggest, and the first letter's block as it will be printed. `onChange` gets the chosen
 * columns once they make a deliverable address, null otherwise (then no letters can be made).
 */
export function LetterAddressControl({
  slug,
  onChange,
}: {
  slug: string;
  onChange: (roles: AddressRoles | null) => void;
}) {
  const t = useText(forumTexts);
  // The columns staff chose (null: the server's suggestion); each choice asks for its address block.
  const [requested, setRequested] = useState<AddressRoles | null>(null);
  const query = useLetterAddress(slug, requested);
  // While a new choice is asked, the previous answer stays (placeholder) and the choice itself shows.
  const answered = query.data && !query.isPlaceholderData ? query.data : null;
  const preview = query.data ?? null;
  const roles = answered?.roles ?? requested ?? preview?.roles ?? null;
  const error = query.error;
  const updating = query.isFetching;

  useEffect(() => {
    if (error) onChange(null);
    else if (answered) onChange(answered.missing.length === 0 ? answered.roles : null);
  }, [answered, error, onChange]);

  if (!roles || !preview) return error !== null ? <ErrorAlert error={error} /> : null;

  const missing = missingAddressRoles(roles);
  const choose = (role: AddressRole, column: string) => {
    setRequested({ ...roles, [role]: column || null });
  };
  const fallbackUrl = `https://${window.location.host}/f/${slug}`;

  return (
    <>
      <Fieldset aria-describedby="letters-address-description">
        <FieldsetLegend>{t("addressBlock")}</FieldsetLegend>
        <FormFieldDescription id="letters-address-description">{t("addressBlockHelp")}</FormFieldDescription>
        <div className="mienskip-address-roles">
          {addressRoles.map((role) => (
            <SelectField
              key={role}
              id={`letters-address-${role}`}
              label={t(roleLabels[role])}
              error={missing.includes(role) && t("addressRoleMissing")}
              value={roles[role] ?? ""}
              onChange={(column) => choose(role, column)}
              options={[{ value: "", label: t("addressRoleNone") }, ...preview.columns.map((column) => ({ value: column, label: column }))]}
            />
          ))}
        </div>
      </Fieldset>
      {error !== null && <ErrorAlert error={error} />}
      {missing.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t("addressMissingLetters")}</Paragraph>
        </Alert>
      )}
      {preview.example && missing.length === 0 && (
        <Section id="letters-address-preview" title={t("addressPreview")} level={4} busy={updating}>
          <Paragraph>{t("addressPreviewHelp")}</Paragraph>
          <div className="mienskip-letter-window">
            <address>
              {preview.example.lines.map((line, i) => (
                <span key={i}>
                  {line}
                  <br />
                </span>
              ))}
            </address>
          </div>
          <p className="mienskip-letter-greeting">{preview.example.greeting}</p>
        </Section>
      )}
      {preview.sign_up_url ? (
        <Paragraph>
          {t("signUpUrlOnLetter")}: <code>{preview.sign_up_url}</code>
        </Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>{t("noPublicUrl", { url: fallbackUrl })}</Paragraph>
        </Alert>
      )}
    </>
  );
}
