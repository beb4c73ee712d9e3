// POST: the uploaded file of a study document (raw body, ?fileName=…), replacing any earlier one.
// Called by the documents editor (components/contests/document-file-upload.tsx) with XMLHttpRequest;
// application/octet-stream is a type no cross-site form can post (CSRF gate, lib/http/json-route.ts).
import { authorizeStaff } from "@/lib/auth/session";
import { receiveDocumentFile } from "@/lib/contests/document-api";
import { errorResponse } from "@/lib/http/error-body";
import { mutationRoute } from "@/lib/http/json-route";

type Ctx = { params: Promise<{ documentId: string }> };

export const POST = mutationRoute("file", async (req: Request, ctx: Ctx): Promise<Response> => {
  const auth = await authorizeStaff("contests");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  return receiveDocumentFile(req, (await ctx.params).documentId, auth.staff);
});
