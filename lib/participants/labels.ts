// Vietnamese labels of the participant enums, shared by the form, /ca-nhan and the data export. Pure.

export const GENDERS = ["MALE", "FEMALE"] as const;
export type GenderValue = (typeof GENDERS)[number];

export const GENDER_LABEL: Record<GenderValue, string> = {
  MALE: "Nam",
  FEMALE: "Nữ",
};

// docs/DOMAIN.md §2: the three groups (đối tượng) of participants.
export const PARTICIPANT_GROUPS = ["CBCCVC", "NGUOI_DAN", "HSSV"] as const;
export type ParticipantGroupValue = (typeof PARTICIPANT_GROUPS)[number];

export const GROUP_LABEL: Record<ParticipantGroupValue, string> = {
  CBCCVC: "Cán bộ, công chức, viên chức, người lao động",
  NGUOI_DAN: "Người dân",
  HSSV: "Học sinh, sinh viên",
};

export const ATTEMPT_STATUS_LABEL = {
  IN_PROGRESS: "Đang làm bài",
  SUBMITTED: "Đã nộp bài",
} as const;
