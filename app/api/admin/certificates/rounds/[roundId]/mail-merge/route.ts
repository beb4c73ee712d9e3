// Downloads a round's certificate data (?format=xlsx|csv) for Word mail-merge. Called by the
// secretariat's download buttons on /quan-tri/chung-nhan/<roundId> once numbers are issued.
import { authorizeStaff } from "@/lib/auth/session";
import { exportCertificateData } from "@/lib/certificates/downloads";
import { certificateDataFormatSchema } from "@/lib/certificates/schema";
import { publicBaseUrl } from "@/lib/certificates/urls";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ roundId: string }> }) {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const format = certificateDataFormatSchema.safeParse(new URL(req.url).searchParams.get("format") ?? "xlsx");
  if (!format.success) return errorResponse(400, "Định dạng tệp phải là xlsx hoặc csv.");
  const result = await exportCertificateData(roundId, format.data, { actor: auth.staff, baseUrl: publicBaseUrl(req.url) });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
