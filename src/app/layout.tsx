import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政策计算器", template: "%s · 政策计算器" },
  description: "按条款计算质量、品牌、标准化和知识产权扶持政策可申领的金额，并逐条说明依据。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Pages render per request: the CSP nonce from src/proxy.ts only reaches scripts rendered dynamically. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
