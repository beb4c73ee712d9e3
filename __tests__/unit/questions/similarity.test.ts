import fc from "fast-check";
import { findSimilar, SimilarityIndex, similarityKey, textSimilarity, trigrams } from "@/lib/questions/similarity";

describe("near-duplicate similarity", () => {
  test("the key ignores diacritics, case and punctuation", () => {
    expect(similarityKey("Chuyển đổi SỐ, là gì?")).toBe("chuyen doi so la gi");
  });

  test.each([
    ["Chuyển đổi số là gì?", "chuyen doi so la gi", 1],
    ["Ngày Chuyển đổi số quốc gia là ngày nào?", "Ngày Chuyển đổi số quốc gia là ngày nào trong năm?", 0.85],
    ["Quyết định 749/QĐ-TTg phê duyệt nội dung gì?", "Quyết định 749/QĐ-TTg phê duyệt nội dung nào?", 0.85],
  ])("%j and %j are near-duplicates", (a, b, atLeast) => {
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(atLeast);
  });

  test.each([
    ["Ngày Chuyển đổi số quốc gia là ngày nào?", "Cổng dịch vụ công quốc gia cung cấp dịch vụ gì?"],
    ["Ai là người đứng đầu Ban chỉ đạo?", "Kế hoạch 106 ban hành năm nào?"],
  ])("%j and %j are not", (a, b) => {
    expect(textSimilarity(a, b)).toBeLessThan(0.85);
  });

  test("empty texts have no trigrams", () => {
    expect(trigrams("  ?! ").size).toBe(0);
  });

  test("the index finds exactly what a full comparison finds", () => {
    const texts = [
      "Ngày Chuyển đổi số quốc gia là ngày nào?",
      "Ngày chuyển đổi số quốc gia là ngày nào",
      "Ngày Chuyển đổi số quốc gia là ngày nào trong năm?",
      "Chương trình Chuyển đổi số quốc gia được phê duyệt năm nào?",
      "Cổng dịch vụ công quốc gia là gì?",
    ];
    const items = texts.map((text, i) => ({ id: `q${i}`, text }));
    const index = new SimilarityIndex(items);
    for (const q of texts) {
      const brute = items
        .map((c) => ({ id: c.id, score: textSimilarity(q, c.text) }))
        .filter((m) => m.score >= 0.85)
        .map((m) => m.id)
        .sort();
      expect(
        index
          .query(q)
          .map((m) => m.id)
          .sort(),
      ).toEqual(brute);
    }
    expect(findSimilar(texts[0], items.slice(1)).map((m) => m.id)).toEqual(["q1", "q2"]);
    expect(index.query(texts[0], 0.85, ["q0"]).map((m) => m.id)).not.toContain("q0");
  });
});

test("property: the index (prefix and size filters) finds exactly the brute-force matches", () => {
  const word = fc.constantFrom("chuyển", "đổi", "số", "quốc", "gia", "kế", "hoạch", "106", "tỉnh", "ninh", "bình", "dữ", "liệu", "ngày", "10/10");
  const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 25 }), text, fc.constantFrom(0.5, 0.7, 0.85, 0.95), (bank, q, t) => {
      const items = bank.map((b, i) => ({ id: `b${i}`, text: b }));
      const brute = items
        .filter((c) => textSimilarity(q, c.text) >= t)
        .map((c) => c.id)
        .sort();
      expect(
        new SimilarityIndex(items)
          .query(q, t)
          .map((m) => m.id)
          .sort(),
      ).toEqual(brute);
    }),
    { numRuns: 300 },
  );
});

test("with a limit the search stops at the first matches", () => {
  const items = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, text: "Ngày Chuyển đổi số quốc gia là ngày nào?" }));
  expect(new SimilarityIndex(items).query("Ngày Chuyển đổi số quốc gia là ngày nào?", 0.85, [], 1)).toHaveLength(1);
});
