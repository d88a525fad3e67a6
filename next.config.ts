import type { NextConfig } from "next";
import { apiCsp, baselineHeaders, chunkCsp, HSTS } from "./src/lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks the app only; tests and benchmarks are type-checked by `npm test`.
  typescript: { tsconfigPath: "tsconfig.app.json" },
  // Lets a second build (benchmarks, a parallel check) use its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The load benchmark's build (bench/load.bench.ts, in its own folder) also routes `route.bench.ts`
  // files: its bare reference route. Any other build leaves them out. The rest are Next.js's defaults.
  ...(process.env.NEXT_BENCH_ROUTES === "1" ? { pageExtensions: ["bench.ts", "tsx", "ts", "jsx", "js"] } : {}),
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  async headers() {
    return [
      { source: "/:path*", headers: baselineHeaders },
      // `:path+`, not `:path*`: /api itself is the API's documentation page, with the page CSP from src/proxy.ts.
      { source: "/api/:path+", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
      // Build assets and their 404s are not pages: src/proxy.ts skips them, so they get the no-content policy.
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
      // Later rules win: script chunks may be a worker's entry (the regulator's cohort worker), see chunkCsp.
      { source: "/_next/static/chunks/:path*", headers: [{ key: "Content-Security-Policy", value: chunkCsp }] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ];
  },
};

export default nextConfig;
