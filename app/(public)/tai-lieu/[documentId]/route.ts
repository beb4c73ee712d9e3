// GET: a study document's uploaded file, opened in the browser (PDF, images) or saved (DOCX).
// Linked from /tai-lieu and /cuoc-thi/<slug>/tai-lieu ("Mở" / "Tải về"); lib/contests/document-api.ts.
import { documentFileResponse } from "@/lib/contests/document-api";

type Ctx = { params: Promise<{ documentId: string }> };

export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  return documentFileResponse(req, (await ctx.params).documentId);
}
