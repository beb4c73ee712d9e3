// "My details" on /ca-nhan. Identity fields are locked after registration (docs/DOMAIN.md §2):
// shown read-only, corrections go through the organisers (who record them in the audit log).
import type { ParticipantProfile } from "@/lib/participants/account";
import { GENDER_LABEL, GROUP_LABEL } from "@/lib/participants/labels";
import { formatIsoDateVn, formatVnDateTime } from "@/lib/time";

export function ProfileDetails({ profile, contact }: { profile: ParticipantProfile; contact?: string }) {
  const rows: [string, string][] = [
    ["Họ và tên", profile.fullName],
    ["Ngày sinh", formatIsoDateVn(profile.birthDate)],
    ["Giới tính", GENDER_LABEL[profile.gender]],
    ["Số CCCD", profile.cccd],
    ["Số điện thoại", profile.phone],
    ["Email", profile.email ?? "—"],
    ["Đối tượng", GROUP_LABEL[profile.group]],
    ["Đơn vị công tác / trường học", profile.unitName || "—"],
    ["Huyện/thành phố", profile.districtName || "—"],
    ["Xã/phường/thị trấn", profile.wardName || "—"],
    ["Ngày đăng ký", formatVnDateTime(profile.registeredAt)],
  ];
  return (
    <section aria-labelledby="thong-tin" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
      <h2 id="thong-tin" className="text-lg font-bold text-brand-800">
        Thông tin đăng ký
      </h2>
      <dl className="mt-3 grid min-w-0 grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0 sm:contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 break-words rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
        Thông tin này đã được khóa sau khi đăng ký. Nếu có sai sót, vui lòng liên hệ Ban Tổ chức để được điều chỉnh
        {contact ? ` (${contact})` : ""}.
      </p>
    </section>
  );
}
