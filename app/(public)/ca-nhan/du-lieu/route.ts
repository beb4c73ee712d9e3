// GET: the signed-in participant's own data as a JSON attachment (docs/DOMAIN.md "Personal data").
// Called by the "Tải dữ liệu cá nhân (JSON)" link on /ca-nhan; each download is audited.
import { currentParticipant } from "@/lib/auth/session";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";
import { exportParticipantData } from "@/lib/participants/data-export";

export const dynamic = "force-dynamic";

export async function GET() {
  const me = await currentParticipant();
  if (!me) return errorResponse(401, "Vui lòng đăng nhập để tải dữ liệu cá nhân.");
  const data = await exportParticipantData(me.id);
  if (!data) return errorResponse(404, "Không tìm thấy tài khoản.");
  const day = data.exportedAt.slice(0, 10);
  return downloadResponse({ body: JSON.stringify(data, null, 2), filename: `du-lieu-ca-nhan-${day}.json`, contentType: "application/json; charset=utf-8" });
}
