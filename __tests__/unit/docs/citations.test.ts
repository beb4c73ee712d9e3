// The rules live in the repository (issue 15 point 1): every code comment that cites the domain
// rules names docs/DOMAIN.md and a § number or heading that page has, and every "Code:"/"Tests:"
// path in docs/DOMAIN.md and docs/FAIRNESS.md exists.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const SCANNED = ["lib", "app", "components", "prisma", "scripts", "bench", "e2e", "__tests__"];
// Build output, not in git (regenerated from prisma/schema.prisma), and this file's own examples.
const SKIPPED = new Set(["node_modules", "lib/generated", "prisma/generated", "bench/out", "e2e/out", "__tests__/unit/docs/citations.test.ts"]);
const TEXT_FILE = /\.(ts|tsx|mts|mjs|cjs|js|prisma|sql|md|json)$/;
const CITED_FILE = "DOMAIN" + ".md";

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, name);
    if (SKIPPED.has(rel) || name === "node_modules") continue;
    const stat = statSync(path.join(ROOT, rel));
    if (stat.isDirectory()) walk(rel, out);
    else if (TEXT_FILE.test(name)) out.push(rel);
  }
  return out;
}

/** Sections of docs/DOMAIN.md: the § numbers and the heading texts a citation may name. */
function domainSections(): { numbers: Set<number>; headings: Set<string>; bodies: Map<string, string> } {
  const text = readFileSync(path.join(ROOT, "docs/DOMAIN.md"), "utf8");
  const numbers = new Set<number>();
  const headings = new Set<string>();
  const bodies = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^#{2,3}\s+(.*)$/.exec(line);
    if (m) {
      const heading = m[1].replace(/<a id="[^"]*"><\/a>/g, "").trim();
      const numbered = /^§(\d+)\s+(.*)$/.exec(heading);
      if (numbered) numbers.add(Number(numbered[1]));
      headings.add(numbered ? numbered[2] : heading);
      current = heading;
      bodies.set(current, "");
    } else if (current) {
      bodies.set(current, `${bodies.get(current)}${line}\n`);
    }
  }
  return { numbers, headings, bodies };
}

/** A comment's text after a citation, with the comment markers of continuation lines removed. */
function followingText(source: string, from: number): string {
  return source.slice(from, from + 300).replace(/[ \t]*\r?\n[ \t]*(?:\/\/+|\*(?!\/)|#)?[ \t]*/g, " ");
}

const REF = /^(?:§(\d+)(?:\s*[–-]\s*§?(\d+))?|"([^"]+)")/;
const SEPARATOR = /^(?:\s*,\s*|\s+and\s+)/;

/** The § numbers and quoted headings right after a citation: `§4–§8, "The winners route handler"`. */
function parseRefs(after: string): { numbers: number[]; headings: string[] } {
  const numbers: number[] = [];
  const headings: string[] = [];
  let rest = after.replace(/^\s+/, "");
  for (;;) {
    const m = REF.exec(rest);
    if (!m) break;
    if (m[3] !== undefined) headings.push(m[3]);
    else {
      const first = Number(m[1]);
      const last = m[2] === undefined ? first : Number(m[2]);
      for (let n = first; n <= last; n++) numbers.push(n);
    }
    rest = rest.slice(m[0].length);
    const sep = SEPARATOR.exec(rest);
    if (!sep || !REF.test(rest.slice(sep[0].length))) break;
    rest = rest.slice(sep[0].length);
  }
  return { numbers, headings };
}

interface Citation {
  where: string;
  sayDocs: boolean;
  numbers: number[];
  headings: string[];
}

function citations(): Citation[] {
  const found: Citation[] = [];
  for (const file of SCANNED.flatMap((d) => walk(d))) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    let at = source.indexOf(CITED_FILE);
    while (at !== -1) {
      const line = source.slice(0, at).split("\n").length;
      const sayDocs = source.slice(Math.max(0, at - 5), at) === "docs/";
      found.push({ where: `${file}:${line}`, sayDocs, ...parseRefs(followingText(source, at + CITED_FILE.length)) });
      at = source.indexOf(CITED_FILE, at + CITED_FILE.length);
    }
  }
  return found;
}

describe("citations of the domain rules in code", () => {
  const sections = domainSections();
  const all = citations();

  test("there are citations to check (the scan reads the source tree)", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  test("docs/DOMAIN.md numbers the ten rules of the brief §1–§10", () => {
    expect([...sections.numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("every citation names docs/DOMAIN.md, the file in the repository", () => {
    expect(all.filter((c) => !c.sayDocs).map((c) => c.where)).toEqual([]);
  });

  test("every cited § number exists in docs/DOMAIN.md", () => {
    const missing = all.flatMap((c) => c.numbers.filter((n) => !sections.numbers.has(n)).map((n) => `${c.where}: §${n}`));
    expect(missing).toEqual([]);
  });

  test("every cited heading exists in docs/DOMAIN.md", () => {
    const missing = all.flatMap((c) => c.headings.filter((h) => !sections.headings.has(h)).map((h) => `${c.where}: "${h}"`));
    expect(missing).toEqual([]);
  });

  test("the parser reads ranges, lists, headings across comment lines, and stops at prose", () => {
    expect(parseRefs(' §4–§8, "The winners route handler"): …')).toEqual({ numbers: [4, 5, 6, 7, 8], headings: ["The winners route handler"] });
    expect(parseRefs(" §5, §8, §9): the jury")).toEqual({ numbers: [5, 8, 9], headings: [] });
    expect(parseRefs(' §2: "Identity fields are locked"')).toEqual({ numbers: [2], headings: [] });
    expect(followingText('x §8, "The winners route\n// handler"): y', 1)).toContain('"The winners route handler"');
  });
});

/** Backticked paths of the "- Code:" and "- Tests:" items of a document (items span indented lines). */
function listedPaths(doc: string): { item: string; token: string; resolved: string | null }[] {
  const lines = readFileSync(path.join(ROOT, doc), "utf8").split("\n");
  const items: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^- (Code|Tests):/.test(lines[i])) continue;
    let item = lines[i];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) item += ` ${lines[++i].trim()}`;
    items.push(item);
  }
  const out: { item: string; token: string; resolved: string | null }[] = [];
  for (const item of items) {
    let dir: string | null = null;
    for (const [, token] of item.matchAll(/`([^`]+)`/g)) {
      if (token.startsWith("/")) continue; // a URL of the site, not a file
      const hasSlash = token.includes("/");
      if (!hasSlash && !/\.(tsx?|mts|mjs|js|prisma|md)$/.test(token)) continue; // an identifier
      const candidates = hasSlash ? [token, `__tests__/${token}`] : dir ? [path.posix.join(dir, token)] : [];
      const resolved = candidates.find((c) => existsSync(path.join(ROOT, c))) ?? null;
      out.push({ item: item.slice(0, 60), token, resolved });
      if (token.endsWith("/")) dir = token;
    }
  }
  return out;
}

describe.each(["docs/DOMAIN.md", "docs/FAIRNESS.md"])("%s", (doc) => {
  test("every Code:/Tests: path exists in the repository", () => {
    const paths = listedPaths(doc);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => p.resolved === null).map((p) => `${p.token} (in "${p.item}…")`)).toEqual([]);
  });
});

test("every section of docs/DOMAIN.md names its code and its tests", () => {
  const { bodies } = domainSections();
  const incomplete = [...bodies].filter(([, body]) => !/^- Code:/m.test(body) || !/^- Tests:/m.test(body)).map(([h]) => h);
  expect(incomplete).toEqual([]);
});
