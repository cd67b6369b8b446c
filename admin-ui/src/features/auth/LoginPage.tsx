import { useState, type FormEvent } from "react";
import { Alert, FormField, FormLabel, Heading1, Paragraph, PrimaryActionButton, Textbox } from "@utrecht/component-library-react";
import { ApiError, type Api, type Session } from "../../lib/api";
import { text, type Language } from "../../lib/texts";

export function LoginPage({ api, language, onLoggedIn }: { api: Api; language: Language; onLoggedIn: (s: Session) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      onLoggedIn(await api.logIn(email, password));
    } catch (e) {
      // The server's message is English; the two refusals a login can meet are worded here.
      if (e instanceof ApiError && e.code === "invalid_credentials") setError(text(language, "loginRefused"));
      else if (e instanceof ApiError && e.code === "too_many_requests") setError(text(language, "loginTooMany"));
      else setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="login-title">
      <Heading1 id="login-title">{text(language, "logIn")}</Heading1>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <FormField>
        <FormLabel htmlFor="email">{text(language, "email")}</FormLabel>
        <Textbox id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="password">{text(language, "password")}</FormLabel>
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
        {text(language, "logIn")}
      </PrimaryActionButton>
    </form>
  );
}
