// One participant's record as staff see it: the full identity (to check it against what the
// person says on the phone), where they belong, and how many attempts they made.
import { GENDER_LABEL, GROUP_LABEL } from "@/lib/participants/labels";
import type { StaffParticipantDetail } from "@/lib/participants/staff-queries";
import { formatIsoDateVn, formatVnDateTime } from "@/lib/time";

export function StaffParticipantDetails({ participant: p }: { participant: StaffParticipantDetail }) {
  const rows: [string, string][] = [
    ["Họ và tên", p.fullName],
    ["Ngày sinh", formatIsoDateVn(p.birthDate)],
    ["Giới tính", GENDER_LABEL[p.gender]],
    ["Số CCCD", p.cccd],
    ["Số điện thoại", p.phone],
    ["Email", p.email ?? "—"],
    ["Đối tượng", GROUP_LABEL[p.group]],
    ["Huyện/thành phố", p.districtName ?? "—"],
    ["Xã/phường", p.wardName || "—"],
    ["Đơn vị công tác", p.unitName || "—"],
    ["Thành viên Ban Tổ chức", p.isOrganiserMember ? "Có (không xét giải)" : "Không"],
    ["Đăng ký lúc", formatVnDateTime(p.registeredAt)],
    ["Số lượt thi", String(p.attemptCount)],
  ];
  return (
    <section aria-labelledby="participant-data" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="participant-data" className="mb-3 text-lg font-semibold text-brand-800">
        Thông tin thí sinh
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600">{term}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
