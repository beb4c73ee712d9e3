// Downloads one PDF with a page per valid certificate of the round, for printing. Called by the
// secretariat's "Tải PDF" button on /quan-tri/chung-nhan/<roundId> once numbers are issued.
import { authorizeStaff } from "@/lib/auth/session";
import { exportRoundCertificatesPdf } from "@/lib/certificates/downloads";
import { publicBaseUrl } from "@/lib/certificates/urls";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ roundId: string }> }) {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const result = await exportRoundCertificatesPdf(roundId, { actor: auth.staff, baseUrl: publicBaseUrl(req.url) });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
