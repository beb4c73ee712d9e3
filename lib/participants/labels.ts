// Vietnamese labels of the participant enums (prisma/schema.prisma Gender, ParticipantGroup), shared
// by the form, /ca-nhan, the staff pages and the statistics. Pure.
import type { Gender as DbGender, ParticipantGroup as DbParticipantGroup } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const GENDERS = prismaEnumValues<DbGender>()(["MALE", "FEMALE"]);
export type GenderValue = (typeof GENDERS)[number];

export const GENDER_LABEL: Record<GenderValue, string> = {
  MALE: "Nam",
  FEMALE: "Nữ",
};

// docs/DOMAIN.md §2: the three groups (đối tượng) of participants.
export const PARTICIPANT_GROUPS = prismaEnumValues<DbParticipantGroup>()(["CBCCVC", "NGUOI_DAN", "HSSV"]);
export type ParticipantGroupValue = (typeof PARTICIPANT_GROUPS)[number];

export const GROUP_LABEL: Record<ParticipantGroupValue, string> = {
  CBCCVC: "Cán bộ, công chức, viên chức, người lao động",
  NGUOI_DAN: "Người dân",
  HSSV: "Học sinh, sinh viên",
};
