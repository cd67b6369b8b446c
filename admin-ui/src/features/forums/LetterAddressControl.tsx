import { useEffect, useRef, useState } from "react";
import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading4,
  Paragraph,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { useApi } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts, type ForumTextKey } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import type { AddressRole, AddressRoles, LetterAddressPreview } from "./forumTypes";
import { addressRoles, missingAddressRoles } from "./letterAddress";

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
  const api = useApi();
  const t = useText(forumTexts);
  const [roles, setRoles] = useState<AddressRoles | null>(null);
  const [preview, setPreview] = useState<LetterAddressPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updating, setUpdating] = useState(false);
  // Only the answer to the latest choice is shown, whatever order the answers arrive in.
  const latest = useRef(0);

  function load(chosen: AddressRoles | null) {
    const request = ++latest.current;
    setUpdating(true);
    api.letterAddress(slug, chosen).then(
      (answer) => {
        if (request !== latest.current) return;
        setPreview(answer);
        setRoles(answer.roles);
        setError(null);
        setUpdating(false);
        onChange(answer.missing.length === 0 ? answer.roles : null);
      },
      (e) => {
        if (request !== latest.current) return;
        setError(e);
        setUpdating(false);
        onChange(null);
      },
    );
  }

  useEffect(() => {
    load(null);
    // Once per forum: later loads follow staff's choices.
  }, [api, slug]);

  if (!roles || !preview) return error !== null ? <ErrorAlert error={error} /> : null;

  const missing = missingAddressRoles(roles);
  const choose = (role: AddressRole, column: string) => {
    const next = { ...roles, [role]: column || null };
    setRoles(next);
    load(next);
  };
  const fallbackUrl = `https://${window.location.host}/f/${slug}`;

  return (
    <>
      <Fieldset aria-describedby="letters-address-description">
        <FieldsetLegend>{t("addressBlock")}</FieldsetLegend>
        <FormFieldDescription id="letters-address-description">{t("addressBlockHelp")}</FormFieldDescription>
        <div className="mienskip-address-roles">
          {addressRoles.map((role) => {
            const id = `letters-address-${role}`;
            const isMissing = missing.includes(role);
            return (
              <FormField key={role} invalid={isMissing}>
                <FormLabel htmlFor={id}>{t(roleLabels[role])}</FormLabel>
                {isMissing && <FormFieldErrorMessage id={`${id}-error`}>{t("addressRoleMissing")}</FormFieldErrorMessage>}
                <Select
                  id={id}
                  value={roles[role] ?? ""}
                  onChange={(e) => choose(role, e.target.value)}
                  invalid={isMissing}
                  aria-describedby={isMissing ? `${id}-error` : undefined}
                >
                  <SelectOption value="">{t("addressRoleNone")}</SelectOption>
                  {preview.columns.map((column) => (
                    <SelectOption key={column} value={column}>
                      {column}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
            );
          })}
        </div>
      </Fieldset>
      {error !== null && <ErrorAlert error={error} />}
      {missing.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t("addressMissingLetters")}</Paragraph>
        </Alert>
      )}
      {preview.example && missing.length === 0 && (
        <section aria-labelledby="letters-address-preview-title" aria-busy={updating}>
          <Heading4 id="letters-address-preview-title">{t("addressPreview")}</Heading4>
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
        </section>
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
