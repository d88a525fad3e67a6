/**
 * The load benchmark's reference route (src/app/api/v1/bench-bare/route.bench.ts) is routed by the
 * benchmark's own build only: an ordinary build, and so every deployment, leaves it out.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

const config = async () => {
  vi.resetModules();
  return (await import("../../../next.config")).default;
};

afterEach(() => vi.unstubAllEnvs());

describe("route.bench.ts files", () => {
  it("are not routed by an ordinary build (Next.js's own page extensions)", async () => {
    vi.stubEnv("NEXT_BENCH_ROUTES", "");
    expect((await config()).pageExtensions).toBeUndefined();
  });

  it("are routed by the load benchmark's build, besides every ordinary route", async () => {
    vi.stubEnv("NEXT_BENCH_ROUTES", "1");
    expect((await config()).pageExtensions).toEqual(["bench.ts", "tsx", "ts", "jsx", "js"]);
  });
});
