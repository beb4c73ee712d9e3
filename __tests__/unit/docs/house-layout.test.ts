// Routes hold routes (issue 15 point 4): app/ contains only the files Next.js gives a meaning to;
// UI lives in components/<domain>/ and nothing imports another route's private files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
// The App Router's special files (https://nextjs.org/docs/app/api-reference/file-conventions).
const ROUTE_FILE =
  /^(page|layout|template|loading|error|global-error|not-found|forbidden|unauthorized|default|route)\.(tsx|ts)$|^globals\.css$|^(icon|apple-icon|opengraph-image|twitter-image|manifest|robots|sitemap)\.\w+$/;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) files(rel, out);
    else out.push(rel);
  }
  return out;
}

describe("app/ holds routes only", () => {
  const appFiles = files("app");

  it("finds the route files it checks", () => {
    expect(appFiles.filter((f) => f.endsWith("/page.tsx")).length).toBeGreaterThan(30);
  });

  it("has no component, hook or helper file under app/", () => {
    expect(appFiles.filter((f) => !ROUTE_FILE.test(path.posix.basename(f)))).toEqual([]);
  });

  it("has no private folders (_components, _lib) under app/", () => {
    expect(appFiles.filter((f) => f.split("/").some((part) => part.startsWith("_")))).toEqual([]);
  });

  it("is imported by nothing outside app/ (components and lib never reach into a route)", () => {
    const importers = [...files("components"), ...files("lib")].filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith("lib/generated"));
    const offenders = importers.filter((f) => /from\s+["'](@\/app\/|(\.\.\/)+app\/)/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("components/ui knows nothing of the domain", () => {
  const kit = files("components/ui").filter((f) => /\.(ts|tsx)$/.test(f));

  it("finds the kit it checks", () => {
    expect(kit).toContain("components/ui/data-table.tsx");
  });

  it("imports nothing from lib/ or from the domain's components", () => {
    const outside = /from\s+["'](@\/lib\/|@\/components\/(?!ui\/)|\.\.\/)/;
    expect(kit.filter((f) => outside.test(readFileSync(path.join(ROOT, f), "utf8")))).toEqual([]);
  });
});
