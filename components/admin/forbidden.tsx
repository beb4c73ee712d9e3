// Shown when a signed-in staff member opens a page their role may not use.
import Link from "next/link";

export function Forbidden({ message }: { message: string }) {
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <h1 className="text-lg font-semibold">Không có quyền truy cập</h1>
      <p className="mt-1 text-sm">{message}</p>
      <p className="mt-3 text-sm">
        <Link href="/quan-tri" className="text-brand-700 underline">
          Về trang tổng quan
        </Link>
      </p>
    </div>
  );
}
