// What a signed-in staff member without the "certificates" capability sees.
export function StaffDenied({ message }: { message: string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border-l-4 border-red-600 bg-red-50 p-4 text-red-900">
      <h1 className="text-lg font-bold">Không có quyền truy cập</h1>
      <p className="text-sm">{message} Trang này dành cho Tổ thư ký và Ban Tổ chức.</p>
    </div>
  );
}
