import Link from "next/link";
import { Alert } from "@/components/ui/alert";

// Rendered with status 404 when no certificate has the code in the link or QR code.
export default function CertificateNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Xác minh giấy chứng nhận</h1>
      <Alert tone="warning" className="p-4">
        <h2 className="text-lg font-bold">Không tìm thấy giấy chứng nhận</h2>
        <p>Mã xác minh không đúng hoặc giấy chứng nhận không do hệ thống này cấp. Vui lòng kiểm tra lại đường dẫn hoặc quét lại mã QR trên giấy chứng nhận.</p>
      </Alert>
      <p>
        <Link href="/" className="text-brand-700 underline">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
