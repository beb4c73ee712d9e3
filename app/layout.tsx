import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cuộc thi trắc nghiệm trực tuyến", template: "%s – Cuộc thi trắc nghiệm trực tuyến" },
  description: "Cuộc thi trắc nghiệm tìm hiểu về Chuyển đổi số trên mạng internet",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1e40af",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
