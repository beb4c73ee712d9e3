"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { verifyAuditLogAction, type AuditVerification } from "@/lib/staff/audit-actions";

export function VerifyAuditButton() {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await verifyAuditLogAction();
            if (r.ok) setResult(r.data);
            else setError(r.error);
          })
        }
      >
        {pending ? "Đang kiểm tra…" : "Kiểm tra toàn vẹn"}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {result?.ok ? <Alert tone="success">Toàn vẹn: {result.count} bản ghi, chuỗi mã băm khớp hoàn toàn.</Alert> : null}
      {result && !result.ok ? (
        <Alert tone="error" title={`Phát hiện sai lệch tại bản ghi #${result.brokenAtId}`}>
          {result.reason}
        </Alert>
      ) : null}
    </div>
  );
}
