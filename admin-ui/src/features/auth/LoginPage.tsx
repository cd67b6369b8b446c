import { useState, type FormEvent } from "react";
import { Alert, FormField, FormLabel, Heading1, Paragraph, PrimaryActionButton, Textbox } from "@utrecht/component-library-react";
import { ApiError } from "../../lib/http";
import { useApi, useSessionState } from "../../lib/appContext";
import { logIn } from "../../lib/session";
import { useText } from "../../lib/text";
import { authTexts } from "./texts";

export function LoginPage() {
  const http = useApi();
  const { setSession } = useSessionState();
  const t = useText(authTexts);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      setSession(await logIn(http, email, password));
    } catch (e) {
      // The server's message is English; the two refusals a login can meet are worded here.
      if (e instanceof ApiError && e.code === "invalid_credentials") setError(t("loginRefused"));
      else if (e instanceof ApiError && e.code === "too_many_requests") setError(t("loginTooMany"));
      else setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="login-title">
      <Heading1 id="login-title">{t("logIn")}</Heading1>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <FormField>
        <FormLabel htmlFor="email">{t("email")}</FormLabel>
        <Textbox id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="password">{t("password")}</FormLabel>
        <Textbox
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </FormField>
      <PrimaryActionButton type="submit" disabled={busy}>
        {t("logIn")}
      </PrimaryActionButton>
    </form>
  );
}
