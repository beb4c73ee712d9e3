// Prize tiers of a round (docs/DOMAIN.md §7). Pure; stored as JSON on the round.
import { z } from "zod";

const prizeTierSchema = z.object({
  code: z.string().regex(/^[A-Z_]{2,20}$/, "Mã giải chỉ gồm chữ in hoa và dấu gạch dưới."),
  name: z.string().trim().min(2, "Tên giải quá ngắn.").max(60, "Tên giải tối đa 60 ký tự."),
  count: z.number().int().min(0, "Số giải không được âm.").max(1000, "Số giải tối đa 1000."),
  amount: z.number().int().min(0).max(1_000_000_000).optional(),
});
export const prizeTiersSchema = z.array(prizeTierSchema).min(1, "Cần ít nhất một hạng giải.").max(10);

export type PrizeTier = z.infer<typeof prizeTierSchema>;

/** 1 giải Nhất, 2 giải Nhì, 3 giải Ba, 4 giải Khuyến khích per round (the 2023 plan, section III.1). */
export const DEFAULT_PRIZE_TIERS: PrizeTier[] = [
  { code: "NHAT", name: "Giải Nhất", count: 1 },
  { code: "NHI", name: "Giải Nhì", count: 2 },
  { code: "BA", name: "Giải Ba", count: 3 },
  { code: "KHUYEN_KHICH", name: "Giải Khuyến khích", count: 4 },
];

/** Reads the JSON column; falls back to the defaults when it is malformed. */
export function parsePrizeTiers(value: unknown): PrizeTier[] {
  const parsed = prizeTiersSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PRIZE_TIERS;
}
