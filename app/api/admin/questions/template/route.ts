// GET: the .xlsx template for importing questions (headers, drop-downs, a help sheet listing the
// contest's document codes). Called by the "Tải tệp mẫu" link on /quan-tri/cau-hoi/nhap.
import { authorizeStaff } from "@/lib/auth/session";
import { buildTemplateWorkbook } from "@/lib/questions/export/xlsx";
import { XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";
import { listContestDocuments } from "@/lib/questions/queries";

export async function GET(req: Request): Promise<Response> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const contestId = new URL(req.url).searchParams.get("contestId");
  const documents = contestId ? await listContestDocuments(contestId) : [];
  const body = await buildTemplateWorkbook(documents);
  return downloadResponse({ body: new Uint8Array(body), filename: "mau-nhap-cau-hoi.xlsx", contentType: XLSX_CONTENT_TYPE });
}
