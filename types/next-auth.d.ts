import type { DefaultSession } from "next-auth";

type StaffRole = "ADMIN" | "EDITOR" | "JURY" | "SECRETARY";

declare module "next-auth" {
  interface User {
    id: string;
    kind: "participant" | "staff";
    role?: StaffRole;
    contestId?: string;
    username?: string;
    /** The account's sessionVersion when the session was issued (lib/auth/session.ts). */
    sessionVersion?: number;
  }
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      kind: "participant" | "staff";
      role?: StaffRole;
      contestId?: string;
      username?: string;
      sessionVersion?: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    kind: "participant" | "staff";
    role?: StaffRole;
    contestId?: string;
    username?: string;
    /** Missing in tokens issued before the field existed: read as 0. */
    sv?: number;
  }
}
