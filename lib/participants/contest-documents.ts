// The study documents of a contest for the public "Tài liệu" pages (questions are tagged with them).
// Kept with the participant-facing reads; it belongs in lib/contests/ if that folder gains a home for it.
import "server-only";
import { documentFile, documentFileSelect } from "../contests/document-files";
import type { PublicDocument } from "../contests/types";
import { db } from "../db";

export type { PublicDocument };

export async function listContestDocuments(contestId: string): Promise<PublicDocument[]> {
  const rows = await db.document.findMany({
    where: { contestId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, issuer: true, issuedOn: true, url: true, ...documentFileSelect },
  });
  return rows.map(({ fileKey, fileName, fileType, fileSize, ...d }) => ({ ...d, file: documentFile({ fileKey, fileName, fileType, fileSize }) }));
}
