// Serves the signed-in winner's own certificate as a PDF. Called by the "Tải giấy chứng nhận"
// links on /ca-nhan once the round's results are published; only the certificate's holder.
import { currentParticipant } from "@/lib/auth/session";
import { participantCertificatePdf } from "@/lib/certificates/downloads";
import { publicBaseUrl } from "@/lib/certificates/urls";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const me = await currentParticipant();
  if (!me) return errorResponse(401, "Vui lòng đăng nhập để tải giấy chứng nhận của bạn.");
  const { id } = await ctx.params;
  const result = await participantCertificatePdf(id, me.id, { baseUrl: publicBaseUrl(req.url) });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
