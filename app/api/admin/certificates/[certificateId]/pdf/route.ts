// Downloads a single certificate's PDF (a revoked one is marked as revoked). Called from the
// certificate table on /quan-tri/chung-nhan/<roundId>, e.g. to reprint one certificate.
import { authorizeStaff } from "@/lib/auth/session";
import { staffCertificatePdf } from "@/lib/certificates/downloads";
import { publicBaseUrl } from "@/lib/certificates/urls";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ certificateId: string }> }) {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { certificateId } = await ctx.params;
  const result = await staffCertificatePdf(certificateId, { actor: auth.staff, baseUrl: publicBaseUrl(req.url) });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
