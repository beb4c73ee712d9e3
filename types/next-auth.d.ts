import type { DefaultSession } from "next-auth";

type StaffRole = "ADMIN" | "EDITOR" | "JURY" | "SECRETARY";

declare module "next-auth" {
  interface User {
    id: string;
    kind: "participant" | "staff";
    role?: StaffRole;
    contestId?: string;
    username?: string;
  }
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      kind: "participant" | "staff";
      role?: StaffRole;
      contestId?: string;
      username?: string;
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
  }
}
