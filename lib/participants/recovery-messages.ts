// What account recovery sends: the Vietnamese e-mail (plain text and a simple HTML twin) with the
// reset link, and the SMS with the code. Pure.

export interface ResetEmailInput {
  fullName: string;
  contestName: string;
  organiser: string;
  link: string;
  minutes: number;
  hotline: string;
  contactEmail: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

function helpLine(hotline: string, contactEmail: string): string | null {
  const ways = [hotline && `đường dây nóng ${hotline}`, contactEmail && `email ${contactEmail}`].filter(Boolean);
  return ways.length ? `Cần hỗ trợ, vui lòng liên hệ Ban Tổ chức: ${ways.join(", ")}.` : null;
}

export function resetEmail(m: ResetEmailInput): { subject: string; text: string; html: string } {
  const help = helpLine(m.hotline, m.contactEmail);
  const paragraphs = [
    `Xin chào ${m.fullName},`,
    `Chúng tôi nhận được yêu cầu đặt lại mật khẩu tài khoản dự thi “${m.contestName}” của bạn.`,
    `Để đặt mật khẩu mới, vui lòng mở đường liên kết dưới đây trong vòng ${m.minutes} phút. Đường liên kết chỉ dùng được một lần; khi đặt mật khẩu mới, mọi phiên đăng nhập của tài khoản sẽ kết thúc.`,
  ];
  const after = [
    "Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi. Không chuyển tiếp thư này cho người khác.",
    ...(help ? [help] : []),
  ];
  const text = [...paragraphs, m.link, ...after, m.organiser].join("\n\n") + "\n";
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const href = escapeHtml(m.link);
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0f172a">',
    ...paragraphs.map(p),
    `<p><a href="${href}" style="display: inline-block; padding: 10px 16px; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 6px">Đặt lại mật khẩu</a></p>`,
    `<p style="font-size: 14px; color: #475569">Nếu nút không mở được, sao chép địa chỉ sau vào trình duyệt:<br>${href}</p>`,
    ...after.map(p),
    p(m.organiser),
    "</body></html>",
  ].join("\n");
  return { subject: `Đặt lại mật khẩu – ${m.contestName}`, text, html };
}

/**
 * The SMS without diacritics, as Vietnamese brandname messages are sent: a Unicode SMS holds 70
 * characters instead of 160, costs per segment, and carriers register brandname templates in
 * plain Latin letters.
 */
export function resetSms(m: { code: string; minutes: number; organiserShort: string }): string {
  const sender = m.organiserShort.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  return `${sender}: Ma xac nhan dat lai mat khau cuoc thi cua ban la ${m.code}, hieu luc ${m.minutes} phut. Khong cung cap ma nay cho bat ky ai.`;
}
