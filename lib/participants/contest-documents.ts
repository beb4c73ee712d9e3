// The study documents of a contest for the public "Tài liệu" pages (questions are tagged with them).
// Kept with the participant-facing reads; it belongs in lib/contests/ if that folder gains a home for it.
import "server-only";
import { db } from "../db";

export interface PublicDocument {
  id: string;
  code: string;
  title: string;
  issuer: string;
  issuedOn: string; // yyyy-MM-dd or ""
  url: string | null;
}

export async function listContestDocuments(contestId: string): Promise<PublicDocument[]> {
  return db.document.findMany({
    where: { contestId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, issuer: true, issuedOn: true, url: true },
  });
}
