// Registration of a participant in a contest (docs/DOMAIN.md §2 and "Personal data"): the contest's
// own lists (districts, wards, units), the consent record, and duplicate CCCD/phone handling that
// never says whose account it is.
import "server-only";
import type { FieldErrors } from "../actions/result";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { searchKey } from "../text";
import { now } from "../time";
import type { Registration } from "./schema";

export interface RegistrationOptions {
  contest: { id: string; name: string; slug: string };
  districts: { id: string; name: string; wards: string[] }[];
  units: { id: string; name: string }[];
  /** The latest consent text of the contest; registration is closed without one. */
  consent: { id: string; version: number; text: string } | null;
}

/** The lists the registration form offers, for a published contest. */
export async function getRegistrationOptions(contestId: string): Promise<RegistrationOptions | null> {
  const [contest, districts, units, consent] = await Promise.all([
    db.contest.findFirst({ where: { id: contestId, isPublished: true }, select: { id: true, name: true, slug: true } }),
    db.district.findMany({
      where: { contestId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, wards: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true } } },
    }),
    db.unit.findMany({ where: { contestId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    latestConsentText(contestId),
  ]);
  if (!contest) return null;
  return { contest, districts: districts.map((d) => ({ id: d.id, name: d.name, wards: d.wards.map((w) => w.name) })), units, consent };
}

function latestConsentText(contestId: string) {
  return db.consentText.findFirst({ where: { contestId }, orderBy: { version: "desc" }, select: { id: true, version: true, text: true } });
}

export const DUPLICATE_CCCD = "Số CCCD này đã được dùng để đăng ký trong cuộc thi. Nếu đó là bạn, hãy đăng nhập.";
export const DUPLICATE_PHONE = "Số điện thoại này đã được dùng để đăng ký trong cuộc thi. Nếu đó là bạn, hãy đăng nhập.";

export type RegisterOutcome = { ok: true; data: { participantId: string } } | { ok: false; error: string; fieldErrors?: FieldErrors };

const refused = (error: string, fieldErrors?: FieldErrors): RegisterOutcome => (fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error });
const fieldRefusal = (field: string, message: string): RegisterOutcome => refused(message, { [field]: [message] });

/** Which of the two identifiers is already taken in the contest (CCCD first), or null. */
async function takenIdentifier(contestId: string, cccd: string, phone: string): Promise<RegisterOutcome | null> {
  const taken = await db.participant.findMany({ where: { contestId, OR: [{ cccd }, { phone }] }, select: { cccd: true } });
  if (taken.length === 0) return null;
  return taken.some((p) => p.cccd === cccd) ? fieldRefusal("cccd", DUPLICATE_CCCD) : fieldRefusal("phone", DUPLICATE_PHONE);
}

/**
 * Creates the participant and their consent record in one write. The database's unique indexes
 * (contestId+cccd, contestId+phone) decide races: of parallel registrations with the same CCCD,
 * exactly one succeeds and the others get the duplicate message.
 */
export async function registerParticipant(data: Registration, meta: { ipHash: string | null }): Promise<RegisterOutcome> {
  const [contest, district, unit, consent] = await Promise.all([
    db.contest.findFirst({ where: { id: data.contestId, isPublished: true }, select: { id: true } }),
    db.district.findFirst({ where: { id: data.districtId, contestId: data.contestId }, select: { id: true, wards: { select: { name: true } } } }),
    data.unitId ? db.unit.findFirst({ where: { id: data.unitId, contestId: data.contestId }, select: { id: true, name: true } }) : null,
    latestConsentText(data.contestId),
  ]);
  if (!contest) return refused("Cuộc thi không tồn tại hoặc chưa mở đăng ký.");
  if (!consent) return refused("Cuộc thi chưa mở đăng ký (chưa có nội dung đồng ý xử lý dữ liệu cá nhân).");
  if (consent.id !== data.consentTextId) {
    return fieldRefusal("consent", "Nội dung đồng ý xử lý dữ liệu cá nhân vừa được cập nhật. Vui lòng tải lại trang, đọc và đồng ý lại.");
  }
  if (!district) return fieldRefusal("districtId", "Huyện/thành phố không có trong danh sách của cuộc thi.");
  if (district.wards.length > 0 && !district.wards.some((w) => w.name === data.wardName)) {
    return fieldRefusal("wardName", "Xã/phường không thuộc huyện/thành phố đã chọn.");
  }
  if (data.unitId && !unit) return fieldRefusal("unitId", "Đơn vị không có trong danh sách của cuộc thi.");

  // Checked first so a duplicate costs no password hashing; the unique index below is the real guard.
  const duplicate = await takenIdentifier(data.contestId, data.cccd, data.phone);
  if (duplicate) return duplicate;

  const passwordHash = await hashPassword(data.password);
  const at = now();
  try {
    // One statement with a nested create: the participant and the consent commit together.
    const created = await db.participant.create({
      data: {
        contestId: data.contestId,
        fullName: data.fullName,
        fullNameSearch: searchKey(data.fullName),
        birthDate: data.birthDate,
        gender: data.gender,
        cccd: data.cccd,
        phone: data.phone,
        email: data.email,
        group: data.group,
        districtId: district.id,
        wardName: data.wardName,
        unitId: unit?.id ?? null,
        unitName: unit?.name ?? data.unitName,
        passwordHash,
        registeredAt: at,
        registrationIpHash: meta.ipHash,
        consents: { create: { consentTextId: consent.id, version: consent.version, acceptedAt: at, ipHash: meta.ipHash } },
      },
      select: { id: true },
    });
    return { ok: true, data: { participantId: created.id } };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return (await takenIdentifier(data.contestId, data.cccd, data.phone)) ?? fieldRefusal("cccd", DUPLICATE_CCCD);
  }
}
