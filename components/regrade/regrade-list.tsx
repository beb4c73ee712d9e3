"use client";
// The round's regrades with their status and who proposed and decided them. A proposal can be
// previewed by the jury; an ADMIN applies or rejects it, after a confirmation. The server decides
// whether each is allowed; the buttons only hide what cannot apply.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { optionLetter } from "@/lib/questions/format";
import { applyRegradeAction, dryRunRegradeAction, rejectRegradeAction } from "@/lib/regrade/actions";
import { REGRADE_MODE_LABEL, REGRADE_STATUS_LABEL, isRegradeDecidable, type RegradeStatus } from "@/lib/regrade/enums";
import type { RegradeImpact } from "@/lib/regrade/impact";
import type { RoundRegrade } from "@/lib/regrade/queries";
import { formatVnDateTime } from "@/lib/time";
import { ImpactSummary } from "./impact-summary";

const STATUS_TONE: Record<RegradeStatus, "warn" | "good" | "bad" | "neutral"> = { PROPOSED: "warn", APPLIED: "good", REJECTED: "bad", SUPERSEDED: "neutral" };

type Message = { tone: "error" | "success"; text: string } | null;

function Decision({ regrade, isAdmin }: { regrade: RoundRegrade; isAdmin: boolean }) {
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [preview, setPreview] = useState<RegradeImpact | null>(null);

  const run = async <T,>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
    setPending(true);
    setMessage(null);
    setNoteError(null);
    const result = await call();
    setPending(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.error });
      setNoteError(result.fieldErrors?.note?.join(" ") ?? null);
    }
    return result;
  };

  const onPreview = async () => {
    const result = await run(() =>
      dryRunRegradeAction({ roundId: regrade.roundId, questionVersionId: regrade.questionVersionId, mode: regrade.mode, correctIndex: regrade.correctIndex }),
    );
    setPreview(result.ok ? result.data : null);
  };
  const onApply = async () => {
    if (
      !window.confirm("Áp dụng chấm lại cho mọi lượt thi đã nộp có câu hỏi này? Điểm, thứ hạng và kết quả xét giải sẽ thay đổi; thao tác được ghi vào nhật ký.")
    )
      return;
    const result = await run(() => applyRegradeAction({ regradeId: regrade.id, note }));
    if (result.ok) {
      setMessage({ tone: "success", text: result.data.message });
      router.refresh();
    }
  };
  const onReject = async () => {
    if (!window.confirm("Từ chối đề xuất chấm lại này?")) return;
    const result = await run(() => rejectRegradeAction({ regradeId: regrade.id, note }));
    if (result.ok) {
      setMessage({ tone: "success", text: result.data.message });
      router.refresh();
    }
  };

  return (
    <div className="space-y-2">
      {isAdmin ? (
        <TextareaField
          id={`${id}-note`}
          label="Ghi chú quyết định (bắt buộc khi từ chối)"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={noteError ?? undefined}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={onPreview} disabled={pending}>
          Xem trước ảnh hưởng
        </Button>
        {isAdmin ? (
          <>
            <Button size="sm" onClick={onApply} disabled={pending}>
              Áp dụng
            </Button>
            <Button variant="danger" size="sm" onClick={onReject} disabled={pending}>
              Từ chối
            </Button>
          </>
        ) : (
          <p className="text-sm text-slate-600">Chờ quản trị viên Ban Tổ chức áp dụng hoặc từ chối.</p>
        )}
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {preview ? <ImpactSummary impact={preview} title="Xem trước (chưa thay đổi gì)" /> : null}
    </div>
  );
}

function ruleText(r: RoundRegrade): string {
  return r.mode === "NEW_KEY" && r.correctIndex !== null ? `${REGRADE_MODE_LABEL.NEW_KEY}: ${optionLetter(r.correctIndex)}` : REGRADE_MODE_LABEL[r.mode];
}

export function RegradeList({ regrades, isAdmin }: { regrades: RoundRegrade[]; isAdmin: boolean }) {
  if (regrades.length === 0) return <p className="rounded-lg bg-white p-4 text-sm text-slate-700 shadow-sm">Chưa có đề xuất chấm lại nào trong đợt thi này.</p>;
  return (
    <ul className="space-y-3">
      {regrades.map((r) => (
        <li key={r.id} className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONE[r.status]}>{REGRADE_STATUS_LABEL[r.status]}</Badge>
            <span className="font-medium">{ruleText(r)}</span>
          </p>
          <p className="text-sm">{r.questionText}</p>
          <p className="text-sm text-slate-700">Lý do: {r.reason}</p>
          <p className="text-xs text-slate-600">
            Đề xuất: {r.proposedBy}, {formatVnDateTime(r.proposedAt)}
            {r.decidedAt ? ` · Quyết định: ${r.decidedBy ?? ""}, ${formatVnDateTime(r.decidedAt)}` : ""}
            {r.decisionNote ? ` · Ghi chú: ${r.decisionNote}` : ""}
          </p>
          {r.summary && r.status !== "PROPOSED" ? <ImpactSummary impact={r.summary} title="Khi áp dụng" /> : null}
          {isRegradeDecidable(r.status) ? <Decision regrade={r} isAdmin={isAdmin} /> : null}
        </li>
      ))}
    </ul>
  );
}
