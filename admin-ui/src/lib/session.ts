// Who is logged in, as the server says (GET /api/session); the CSRF token comes with it.
export type Role = "admin" | "analyst";

export interface Session {
  email: string;
  role: Role;
  csrf_token: string;
}
