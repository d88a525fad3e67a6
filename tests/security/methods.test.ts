/**
 * Methods on the production server: every page and API route answers a method it does not accept —
 * PUT or DELETE, one Next.js cannot dispatch (TRACE, PROPFIND), one Node's parser does not know
 * (FOO) — with 405, `Allow` listing exactly what it accepts and the security headers, never a 500;
 * OPTIONS lists the same methods; and a flood of TRACE leaves nothing in the log (it used to add a
 * stack trace per request). Sent with node:http and raw sockets: fetch refuses TRACE itself.
 */
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { serverForFile } from "./server-for-file";
import { appRoutes, fillPattern } from "./routes";

const production = serverForFile();

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const send = (method: string, path: string): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(`${production().url}${path}`, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });

/** A request line Node's own HTTP client would not send: read back as raw text. */
const sendRaw = (method: string, path: string): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(production().url);
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let raw = "";
    socket.setEncoding("utf8").on("data", (c: string) => (raw += c));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = raw.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
    });
    socket.setTimeout(30_000, () => socket.destroy());
  });

/** Every route with an address to ask and the methods it accepts, as Allow should list them. */
const targets = () =>
  appRoutes().map((r) => {
    const served = r.kind === "page" ? ["GET"] : r.methods;
    const allow = [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
    const path = fillPattern(r.pattern, (name) => (name === "path" ? "nowhere" : "jinshan"));
    return { ...r, path, allow, catchAll: r.pattern.includes("[...") };
  });

const expectRefused = (answer: Answer, allow: string, what: string) => {
  expect(answer.status, what).toBe(405);
  expect(answer.headers.allow, what).toBe(allow);
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["x-frame-options"], what).toBe("DENY");
  expect(String(answer.headers["content-security-policy"]), what).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  expect(answer.body, what).not.toMatch(/at \w+ \(|\/work\/|node_modules/);
};

describe("methods a route does not accept", () => {
  it("are refused with 405, Allow and the security headers on every page and API route", async () => {
    const routes = targets().filter((r) => !r.catchAll);
    expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThan(5);
    for (const route of routes) {
      const refused = ["TRACE", "PROPFIND", "MKCOL", "PUT", "DELETE", ...(route.methods.includes("POST") ? ["GET"] : ["POST"])];
      for (const method of refused) expectRefused(await send(method, route.path), route.allow, `${method} ${route.path}`);
      expectRefused(await sendRaw("FOO", route.path), route.allow, `FOO ${route.path}`);
    }
  });

  it("are answered 404 where there is no API at all", async () => {
    for (const method of ["TRACE", "PROPFIND", "OPTIONS"]) expect((await send(method, "/api/v1/nowhere")).status, method).toBe(404);
  });

  it("OPTIONS lists exactly the methods each route accepts", async () => {
    for (const route of targets().filter((r) => !r.catchAll)) {
      const answer = await send("OPTIONS", route.path);
      expect(answer.status, route.path).toBe(204);
      expect(answer.headers.allow, route.path).toBe(route.allow);
      expect(answer.headers["x-content-type-options"], route.path).toBe("nosniff");
    }
  });

  it("a client cannot pass a method off as refused, nor choose its own socket address", async () => {
    // The marker the server sets for TRACE, sent by a client on a real OPTIONS: still a plain OPTIONS.
    const marked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${production().url}/api/v1/evaluate`, { method: "OPTIONS", headers: { "x-refused-method": "TRACE" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end();
    });
    expect(marked).toBe(204);
  });

  it("answers a request line in absolute form for its path, never redirecting to the host it names, and OPTIONS * for the site", async () => {
    // What a proxy receives (RFC 9112 §3.2.2); Next.js itself redirected to http://evil.example/….
    const absolute = await sendRaw("GET", "http://evil.example/api/v1/health");
    expect(absolute.status).toBe(200);
    expect(absolute.headers.location).toBeUndefined();
    expect(absolute.body).toContain('"ok":true');
    const refused = await sendRaw("TRACE", "http://evil.example/api/v1/evaluate");
    expectRefused(refused, "POST, OPTIONS", "TRACE in absolute form");
    // Next.js answered OPTIONS * with a 500.
    const server = await sendRaw("OPTIONS", "*");
    expect(server.status).toBe(204);
    expect(server.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect((await sendRaw("GET", "*")).status).toBe(400);
    expect((await sendRaw("GET", "mailto:x@evil.example")).status).toBe(400);
  });

  it("a flood of TRACE adds nothing to the server's log", async () => {
    const before = production().stderr().length;
    for (let i = 0; i < 20; i++) await Promise.all(Array.from({ length: 10 }, () => send("TRACE", i % 2 ? "/" : "/api/v1/evaluate")));
    await new Promise((r) => setTimeout(r, 500));
    expect(production().stderr().slice(before)).toBe("");
  });
});
