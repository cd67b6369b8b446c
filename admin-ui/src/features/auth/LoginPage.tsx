import { useState, type FormEvent } from "react";
import { Alert, Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { ApiError } from "../../lib/http";
import { useApi, useSessionState } from "../../lib/appContext";
import { logIn } from "../../lib/session";
import { useText } from "../../lib/text";
import { authTexts } from "./texts";
import { TextField } from "../../components/FormFields";

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
      <TextField id="email" label={t("email")} type="email" autoComplete="username" value={email} onChange={setEmail} required />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        required
      />
      <PrimaryActionButton type="submit" disabled={busy}>
        {t("logIn")}
      </PrimaryActionButton>
    </form>
  );
}
