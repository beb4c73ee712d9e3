// Reads of a contest's participants for staff with the "participants" capability (ADMIN, SECRETARY):
// the search list (CCCD and phone masked, docs/DOMAIN.md "Personal data") and one participant's record
// (full identity, so staff can check it against what the person says on the phone).
import "server-only";
import { db } from "../db";
import { maskCccd, maskPhone, searchKey } from "../text";
import { profileSelect } from "./account";
import type { GenderValue, ParticipantGroupValue } from "./labels";
import type { ParticipantSearch } from "./staff-schema";

const PARTICIPANT_PAGE_SIZE = 20;

type Condition = { fullNameSearch: { contains: string } } | { cccd: { contains: string } } | { phone: { contains: string } };

/**
 * What a search box entry matches: the name without diacritics ("nguyen van an" finds "Nguyễn Văn
 * An"), and when it is a number, a part of the CCCD or of the phone. A phone typed as +84…/84… is
 * also looked for as 0… (how phones are stored: lib/participants/identity.ts normalizePhone).
 */
function participantSearchConditions(q: string): Condition[] {
  const key = searchKey(q);
  if (!key) return [];
  const conditions: Condition[] = [{ fullNameSearch: { contains: key } }];
  const compact = q.replace(/[\s.\-()]/g, "");
  if (/^\+?\d{3,}$/.test(compact)) {
    const digits = compact.replace(/^\+/, "");
    conditions.push({ cccd: { contains: digits } }, { phone: { contains: digits } });
    const national = /^\+84\d+$/.test(compact) ? compact.slice(3) : /^84\d+$/.test(compact) ? compact.slice(2) : null;
    if (national) conditions.push({ phone: { contains: `0${national}` } });
  }
  return conditions;
}

export interface StaffParticipantRow {
  id: string;
  fullName: string;
  cccdMasked: string;
  phoneMasked: string;
  districtName: string | null;
  unitName: string;
  registeredAt: Date;
}

export interface StaffParticipantPage {
  items: StaffParticipantRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function searchContestParticipants(contestId: string, search: ParticipantSearch, pageSize = PARTICIPANT_PAGE_SIZE): Promise<StaffParticipantPage> {
  const conditions = participantSearchConditions(search.q);
  const where = conditions.length ? { contestId, OR: conditions } : { contestId };
  const total = await db.participant.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(search.page, pageCount);
  const rows = await db.participant.findMany({
    where,
    orderBy: [{ registeredAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      fullName: true,
      cccd: true,
      phone: true,
      unitName: true,
      registeredAt: true,
      district: { select: { name: true } },
      unit: { select: { name: true } },
    },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      cccdMasked: maskCccd(r.cccd),
      phoneMasked: maskPhone(r.phone),
      districtName: r.district?.name ?? null,
      unitName: r.unit?.name ?? r.unitName,
      registeredAt: r.registeredAt,
    })),
    total,
    page,
    pageCount,
  };
}

export interface StaffParticipantDetail {
  id: string;
  contest: { id: string; name: string; year: number };
  fullName: string;
  /** yyyy-MM-dd */
  birthDate: string;
  gender: GenderValue;
  cccd: string;
  phone: string;
  email: string | null;
  group: ParticipantGroupValue;
  districtName: string | null;
  wardName: string;
  unitName: string;
  isOrganiserMember: boolean;
  registeredAt: Date;
  attemptCount: number;
}

/** One participant for the staff detail page; never the password hash. */
export async function getStaffParticipant(id: string): Promise<StaffParticipantDetail | null> {
  const p = await db.participant.findUnique({
    where: { id },
    select: {
      ...profileSelect,
      isOrganiserMember: true,
      contest: { select: { id: true, name: true, year: true } },
      _count: { select: { attempts: true } },
    },
  });
  if (!p) return null;
  const { district, unit, _count, ...rest } = p;
  return { ...rest, districtName: district?.name ?? null, unitName: unit?.name ?? p.unitName, attemptCount: _count.attempts };
}
