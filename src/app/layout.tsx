import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { configuredOrigin } from "@/lib/share/public-origin";
import "./globals.css";

const DESCRIPTION = "按条款计算质量、品牌、标准化和知识产权扶持政策可申领的金额，并逐条说明依据。";

/**
 * The social preview needs an absolute address, which only PUBLIC_ORIGIN can give: without it the
 * page names no image rather than one on localhost.
 */
export function generateMetadata(): Metadata {
  const origin = configuredOrigin();
  return {
    title: { default: "政策计算器", template: "%s · 政策计算器" },
    description: DESCRIPTION,
    manifest: "/site.webmanifest",
    icons: { apple: "/apple-touch-icon.png" },
    ...(origin && {
      metadataBase: new URL(origin),
      openGraph: {
        type: "website",
        locale: "zh_CN",
        siteName: "政策计算器",
        description: DESCRIPTION,
        images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "政策计算器：按条款算出可申领金额" }],
      },
    }),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#075985" };

/** Pages render per request: the CSP nonce from src/proxy.ts only reaches scripts rendered dynamically. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
