// next-auth configuration: two Credentials providers, one per kind of account, JWT sessions.
// Participants sign in at /dang-nhap, staff at /quan-tri/dang-nhap; a session is one or the other.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { configuredPublicUrl } from "../certificates/urls";
import { authenticateParticipant, authenticateStaff } from "./credentials";

/**
 * The account's session version at sign-in, carried in the token as `sv`: lib/auth/session.ts
 * refuses the token once the account's version has moved on (password change, reset, disable).
 */
async function sessionVersionOf(kind: "participant" | "staff", id: string): Promise<number> {
  const row =
    kind === "staff"
      ? await db.staffUser.findUnique({ where: { id }, select: { sessionVersion: true } })
      : await db.participant.findUnique({ where: { id }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? 0;
}

// One setting for the public address: next-auth reads NEXTAUTH_URL (callbacks, origin checks), so
// PUBLIC_URL, when set, is what it gets too.
const publicUrl = configuredPublicUrl();
if (publicUrl && process.env.PUBLIC_URL?.trim()) process.env.NEXTAUTH_URL = publicUrl;
const useSecureCookies = (publicUrl ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/dang-nhap" },
  useSecureCookies,
  providers: [
    CredentialsProvider({
      id: "participant",
      name: "Thí sinh",
      credentials: { contestId: { type: "text" }, identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticateParticipant(credentials?.contestId ?? "", credentials?.identifier ?? "", credentials?.password ?? "");
        if (!result.ok) throw new Error(result.error);
        return { id: result.user.id, name: result.user.name, kind: "participant", contestId: result.user.contestId };
      },
    }),
    CredentialsProvider({
      id: "staff",
      name: "Ban Tổ chức",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticateStaff(credentials?.username ?? "", credentials?.password ?? "");
        if (!result.ok) throw new Error(result.error);
        return { id: result.user.id, name: result.user.name, kind: "staff", role: result.user.role, username: result.user.username };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.kind = user.kind;
        token.role = user.role;
        token.contestId = user.contestId;
        token.username = user.username;
        token.sv = await sessionVersionOf(user.kind, user.id);
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        name: session.user?.name,
        id: token.uid,
        kind: token.kind,
        role: token.role,
        contestId: token.contestId,
        username: token.username,
        sessionVersion: token.sv ?? 0,
      };
      return session;
    },
  },
};
