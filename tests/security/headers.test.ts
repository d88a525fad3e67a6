/**
 * The security headers, read from the production server (`next start` on the production build):
 * every kind of response — pages, prefetches, not-found pages, JSON, JSON errors, downloads,
 * build assets, icons — carries a CSP without inline scripts, nosniff and a Referrer-Policy, and
 * HSTS when the request came over TLS. Pages carry a fresh nonce that every script tag has.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeState, type ShareState } from "@/lib/share/encode-state";
import { TYPICAL_JINSHAN } from "../integration/api-helpers";
import { startServer, type ProductionServer } from "./production-server";
import { appRoutes, fillPattern } from "./routes";

let server: ProductionServer;
let shareId = "";
let selfContained = "";
let asset = "";

interface Sample {
  name: string;
  path: string;
  init?: RequestInit;
  /** A page: its CSP has a nonce and scripts may run. */
  page: boolean;
}

/** CSP text → directive name → its sources. */
const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );

const post = (body: unknown, contentType = "application/json"): RequestInit => ({
  method: "POST",
  headers: { "content-type": contentType },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** One request per kind of response the server gives, and one page per page route. */
const samples = (): Sample[] => {
  const pages = appRoutes()
    .filter((r) => r.kind === "page")
    .map((r) => fillPattern(r.pattern, (name) => (r.pattern.startsWith("/s/") ? shareId : name === "policy" || name === "id" ? "jinshan" : name)))
    .map((path): Sample => ({ name: `page ${path}`, path, page: true }));
  return [
    ...pages,
    { name: "self-contained result link", path: selfContained, page: true },
    { name: "page prefetched by the router", path: "/calc/jinshan", init: { headers: { "next-router-prefetch": "1" } }, page: true },
    { name: "page prefetched by the browser", path: "/policies", init: { headers: { purpose: "prefetch", "sec-purpose": "prefetch" } }, page: true },
    { name: "page with a forged middleware-subrequest header", path: "/", init: { headers: { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" } }, page: true },
    { name: "not-found page", path: "/no-such-page", page: true },
    { name: "not-found policy page", path: "/calc/atlantis", page: true },
    { name: "undecodable address", path: "/s/%ff", page: false },
    { name: "API JSON", path: "/api/v1/policies", page: false },
    { name: "API evaluate", path: "/api/v1/evaluate", init: post(TYPICAL_JINSHAN), page: false },
    { name: "API validation error", path: "/api/v1/evaluate", init: post({ policy: "atlantis" }), page: false },
    { name: "API unsupported media type", path: "/api/v1/evaluate", init: post("x", "text/html"), page: false },
    { name: "API body too large", path: "/api/v1/evaluate", init: post(" ".repeat(1_100_000)), page: false },
    { name: "API method not allowed", path: "/api/v1/evaluate", page: false },
    { name: "API unknown address", path: "/api/v2/anything", page: false },
    { name: "API undecodable address", path: "/api/v1/policies/%ff", page: false },
    { name: "download", path: "/regulator/template?policy=jinshan&format=csv", page: false },
    { name: "build asset", path: asset, page: false },
    { name: "missing build asset", path: "/_next/static/chunks/missing.js", page: false },
    { name: "icon", path: "/icon.svg", page: false },
    { name: "favicon", path: "/favicon.ico", page: false },
    { name: "robots.txt", path: "/robots.txt", page: false },
    { name: "social preview image", path: "/og-image.png", page: false },
  ];
};

beforeAll(async () => {
  server = await startServer();
  const share = await fetch(`${server.url}/api/v1/shares`, post(TYPICAL_JINSHAN));
  shareId = ((await share.json()) as { id: string }).id;
  const evaluation = (await (await fetch(`${server.url}/api/v1/evaluate`, post(TYPICAL_JINSHAN))).json()) as { policyVersion: string };
  selfContained = `/r?d=${encodeState(TYPICAL_JINSHAN as ShareState)}&v=${encodeURIComponent(evaluation.policyVersion)}`;
  const home = await (await fetch(`${server.url}/`)).text();
  asset = /\/_next\/static\/[^"]+\.js/.exec(home)![0];
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe("security headers on every response", () => {
  it("covers every page route and the other kinds of response", () => {
    expect(samples().length).toBeGreaterThan(20);
  });

  it.each([false, true])("over TLS (X-Forwarded-Proto: https): %s", async (tls) => {
    for (const sample of samples()) {
      const headers = new Headers(sample.init?.headers);
      if (tls) headers.set("x-forwarded-proto", "https");
      const res = await fetch(`${server.url}${sample.path}`, { ...sample.init, headers, redirect: "manual" });
      const text = await res.text();
      const what = `${sample.name} (${res.status})`;
      expect(res.status, what).toBeLessThan(500);
      expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), what).toBe("no-referrer");
      expect(res.headers.get("x-frame-options"), what).toBe("DENY");
      expect(res.headers.get("x-powered-by"), what).toBeNull();
      const hsts = res.headers.get("strict-transport-security");
      if (tls) expect(hsts, what).toMatch(/^max-age=(\d{8,}|3[1-9]\d{6});\s*includeSubDomains/);
      else expect(hsts, what).toBeNull();

      const csp = directives(res.headers.get("content-security-policy") ?? "");
      expect(csp.get("object-src"), what).toEqual(["'none'"]);
      expect(csp.get("base-uri"), what).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
      const scripts = csp.get("script-src") ?? csp.get("default-src")!;
      expect(scripts, what).not.toContain("'unsafe-inline'");
      expect(scripts, what).not.toContain("'unsafe-eval'");
      expect(scripts, what).not.toContain("*");

      if (sample.page && (res.headers.get("content-type") ?? "").startsWith("text/html")) {
        const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scripts.find((s) => s.startsWith("'nonce-")) ?? "")?.[1];
        expect(nonce, `${what}: a nonce in script-src`).toBeDefined();
        expect(scripts, what).toContain("'strict-dynamic'");
        const tags = text.match(/<script\b[^>]*>/gi) ?? [];
        expect(tags.length, `${what}: the page has scripts`).toBeGreaterThan(0);
        expect(tags.filter((t) => !t.includes(`nonce="${nonce}"`)), `${what}: scripts without the nonce`).toEqual([]);
      } else if (sample.path.startsWith("/api/") || sample.path.startsWith("/_next/")) {
        expect(csp.get("default-src"), `${what}: not a page, so nothing may load`).toEqual(["'none'"]);
      }
    }
  });

  it("gives every page request a nonce of its own", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const csp = (await fetch(`${server.url}/calc/jinshan`)).headers.get("content-security-policy")!;
      nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!);
    }
    expect(nonces.size).toBe(20);
  });
});
