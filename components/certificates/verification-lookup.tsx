// "Tra cứu giấy chứng nhận": the "Mã xác minh" printed on a certificate beside its QR code, typed by hand. A
// plain GET form (works without JavaScript on any phone) to /chung-nhan, which opens the check.
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function VerificationLookup({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  return (
    <section aria-labelledby="tra-cuu-gcn" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
      <h2 id="tra-cuu-gcn" className="text-lg font-bold text-brand-800">
        Tra cứu giấy chứng nhận
      </h2>
      <form method="get" action="/chung-nhan" className="mt-3 flex flex-wrap items-end gap-3">
        <TextField
          id="ma-xac-minh"
          name="ma"
          label="Mã xác minh"
          hint="In trên giấy chứng nhận, cạnh mã QR (16 ký tự)."
          error={error}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          className="min-w-0 flex-1"
        />
        <button type="submit" className={buttonClass("primary")}>
          Tra cứu
        </button>
      </form>
    </section>
  );
}
