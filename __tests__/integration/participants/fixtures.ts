// A small published contest with the lists registration checks against (districts, wards, units,
// consent texts), shared by the participant integration tests.
import { db } from "@/lib/db";
import type { RegistrationInput } from "@/lib/participants/schema";

export interface ContestFixture {
  contestId: string;
  districtId: string;
  districtWithWardsId: string;
  unitId: string;
  consentV1: string;
  consentV2: string;
}

export async function makeContest(slug: string, opts: { published?: boolean } = {}): Promise<ContestFixture> {
  const contest = await db.contest.create({
    data: {
      slug,
      name: `Cuộc thi ${slug}`,
      organiser: "Sở Thông tin và Truyền thông",
      organiserShort: "Sở TTTT",
      year: 2026,
      isPublished: opts.published ?? true,
    },
    select: { id: true },
  });
  const contestId = contest.id;
  const [district, withWards, unit, v1, v2] = await Promise.all([
    db.district.create({ data: { contestId, name: "Thành phố Ninh Bình", sortOrder: 0 }, select: { id: true } }),
    db.district.create({
      data: { contestId, name: "Huyện Hoa Lư", sortOrder: 1, wards: { create: [{ name: "Xã Trường Yên" }, { name: "Xã Ninh Hải", sortOrder: 1 }] } },
      select: { id: true },
    }),
    db.unit.create({ data: { contestId, name: "Sở Thông tin và Truyền thông" }, select: { id: true } }),
    db.consentText.create({ data: { contestId, version: 1, text: "Nội dung đồng ý cũ." }, select: { id: true } }),
    db.consentText.create({ data: { contestId, version: 2, text: "Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân (bản 2)." }, select: { id: true } }),
  ]);
  return { contestId, districtId: district.id, districtWithWardsId: withWards.id, unitId: unit.id, consentV1: v1.id, consentV2: v2.id };
}

/** A complete, valid form for `f`; the CCCD matches a man born 15/08/1990. */
export function form(f: ContestFixture, over: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    contestId: f.contestId,
    fullName: "Nguyễn Văn An",
    birthDate: "15/08/1990",
    gender: "MALE",
    cccd: "037090000123",
    phone: "0912345678",
    email: "",
    group: "CBCCVC",
    districtId: f.districtId,
    wardName: "Phường Đông Thành",
    unitId: f.unitId,
    unitName: "",
    password: "matkhau123",
    passwordConfirm: "matkhau123",
    consent: true,
    consentTextId: f.consentV2,
    ...over,
  };
}

/** Every key anywhere in a value (to prove a shape never carries a field). */
export function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
  return out;
}
