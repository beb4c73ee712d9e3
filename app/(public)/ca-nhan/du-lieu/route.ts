// GET: the signed-in participant's own data as a JSON attachment (docs/DOMAIN.md "Personal data").
// Called by the "Tải dữ liệu cá nhân (JSON)" link on /ca-nhan; each download is audited.
import { currentParticipant } from "@/lib/auth/session";
import { exportParticipantData } from "@/lib/participants/data-export";

export const dynamic = "force-dynamic";

export async function GET() {
  const me = await currentParticipant();
  if (!me) return Response.json({ error: "Vui lòng đăng nhập để tải dữ liệu cá nhân." }, { status: 401 });
  const data = await exportParticipantData(me.id);
  if (!data) return Response.json({ error: "Không tìm thấy tài khoản." }, { status: 404 });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="du-lieu-ca-nhan-${day}.json"`,
      "Cache-Control": "no-store, private",
    },
  });
}
