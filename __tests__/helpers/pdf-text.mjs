// Prints the text of each page of a PDF as JSON: `node pdf-text.mjs file.pdf` → {"pages":["…"]}.
// Runs outside Jest because pdfjs-dist ships only as ES modules (Jest runs tests as CommonJS).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pdfjs = await import(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("\n"));
}
await doc.destroy();
process.stdout.write(JSON.stringify({ pages }));
