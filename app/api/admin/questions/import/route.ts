// POST: an uploaded bank file (raw body) → the preview (mode=preview) or the all-or-nothing
// commit (mode=commit). Called by the import page with XMLHttpRequest so the upload shows progress;
// the body is sent as application/octet-stream, a type no cross-site form can post (CSRF gate).
import { authorizeStaff } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-body";
import { mutationRoute } from "@/lib/http/json-route";
import { commitImport, previewImport } from "@/lib/questions/import-service";
import { detectFormat, MAX_IMPORT_BYTES } from "@/lib/questions/import/parse";
import type { ImportFormat } from "@/lib/questions/import/types";
import { revalidatePath } from "next/cache";

const FORMATS: ImportFormat[] = ["xlsx", "csv", "aiken", "gift"];

export const POST = mutationRoute("file", async (req: Request): Promise<Response> => {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const params = new URL(req.url).searchParams;
  const contestId = params.get("contestId") ?? "";
  const mode = params.get("mode");
  const fileName = (params.get("fileName") ?? "").slice(0, 200);
  if (!contestId || (mode !== "preview" && mode !== "commit")) return errorResponse(400, "Yêu cầu không hợp lệ.");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES)
    return errorResponse(413, `Tệp quá lớn (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_IMPORT_BYTES) return errorResponse(413, `Tệp quá lớn (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  const asked = params.get("format") as ImportFormat | null;
  const format = asked && FORMATS.includes(asked) ? asked : detectFormat(fileName, bytes);

  const result = mode === "preview" ? await previewImport(contestId, format, bytes) : await commitImport(contestId, format, bytes, fileName, auth.staff);
  if (mode === "commit" && result.ok) revalidatePath("/quan-tri/cau-hoi");
  return result.ok ? Response.json(result, { status: 200 }) : errorResponse(422, result.error, { fieldErrors: result.fieldErrors });
});
