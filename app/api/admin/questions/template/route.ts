// GET: the .xlsx template for importing questions (headers, drop-downs, a help sheet listing the
// contest's document codes). Called by the "Tải tệp mẫu" link on /quan-tri/cau-hoi/nhap.
import { authorizeStaff } from "@/lib/auth/session";
import { buildTemplateWorkbook } from "@/lib/questions/export/xlsx";
import { attachment, refusal, XLSX_TYPE } from "@/lib/questions/http";
import { listContestDocuments } from "@/lib/questions/queries";

export async function GET(req: Request): Promise<Response> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return refusal(auth.status, auth.error);
  const contestId = new URL(req.url).searchParams.get("contestId");
  const documents = contestId ? await listContestDocuments(contestId) : [];
  const body = await buildTemplateWorkbook(documents);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": attachment("mau-nhap-cau-hoi.xlsx"), "Cache-Control": "no-store" },
  });
}
