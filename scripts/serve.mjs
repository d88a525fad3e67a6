/**
 * The production server: `npm start` (one process) and `npm run start:cluster` (WEB_CONCURRENCY
 * processes sharing the port through node:cluster). It is Next.js's own request handler behind
 * Node's HTTP server, plus what Next.js cannot do from inside:
 *
 * - The client's socket address, for rate limits (src/lib/http/client-address.ts), in a header no
 *   client can set: Next.js only fills X-Forwarded-For from the socket when the client sent none,
 *   so behind no proxy anyone could choose their own address.
 * - Methods Next.js cannot take (TRACE: the Fetch API refuses to build a request with it, and Next.js
 *   answered 500 with a stack trace in the log each time; PROPFIND and the like reach no handler).
 *   They go on as OPTIONS marked with the refused method, so that each route answers them itself
 *   with 405 and the methods it accepts (src/lib/http/methods.ts), and methods Node's parser does not
 *   know at all (FOO) are given the same treatment instead of a bare 400.
 * - A start-up that fails (src/instrumentation.ts: database locked, misconfigured, failed migration)
 *   ends the process with a message and exit status 1, instead of a server that answers 500 to all.
 *
 * Options: -p/--port (PORT, default 3000), -H/--hostname (HOSTNAME, default all interfaces).
 */
import cluster from "node:cluster";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import next from "next";

/** Set here from the socket, replacing whatever a client sent; read by src/lib/http/client-address.ts. */
const SOCKET_ADDRESS_HEADER = "x-socket-address";
/** A method Next.js cannot take, carried on an OPTIONS request; read by src/lib/http/methods.ts. */
const REFUSED_METHOD_HEADER = "x-refused-method";
/** Sent by src/instrumentation.ts once a process's start-up succeeded (start:cluster). */
const STARTED = "policy-calculator:started";
/** What Next.js dispatches to route handlers (next/dist/server/web/http.js). */
const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, cluster: { type: "boolean" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

const fail = (message) => {
  console.error(`[server] ${message}`);
  process.exit(1);
};

const processCount = () => {
  const configured = process.env.WEB_CONCURRENCY;
  if (configured === undefined || configured === "") return availableParallelism();
  const n = Number(configured);
  if (!Number.isInteger(n) || n < 1) fail(`WEB_CONCURRENCY must be a whole number of at least 1, not ${JSON.stringify(configured)}`);
  return n;
};

/**
 * The path a request line asks for. Origin-form (`/path`) as it is. Absolute-form
 * (`GET http://host/path`, what a proxy receives; RFC 9112 §3.2.2) by its path: Next.js took the
 * whole URL for a path and redirected the client to the host it named. `OPTIONS *` (the server as a
 * whole) as the site's root: Next.js answered it with a 500. Anything else: none, a 400.
 */
const pathOf = (method, target) => {
  if (target.startsWith("/")) return target;
  if (target === "*") return method === "OPTIONS" ? "/" : undefined;
  if (!URL.canParse(target)) return undefined;
  const url = new URL(target);
  return url.protocol === "http:" || url.protocol === "https:" ? `${url.pathname}${url.search}` : undefined;
};

const serve = async () => {
  process.env.NODE_ENV ??= "production";
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  try {
    await app.prepare();
  } catch (error) {
    fail(`start-up failed: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
  }
  const handle = app.getRequestHandler();
  const dispatch = (req, res) => {
    const path = pathOf(req.method, req.url);
    if (path === undefined) {
      res.writeHead(400, { "content-length": "0", connection: "close" }).end();
      return;
    }
    req.url = path;
    req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    if (NEXT_METHODS.has(req.method)) {
      delete req.headers[REFUSED_METHOD_HEADER];
    } else {
      req.headers[REFUSED_METHOD_HEADER] = req.method;
      req.method = "OPTIONS";
    }
    return handle(req, res);
  };
  const server = createServer(dispatch);
  // Node's parser refuses methods it does not know (FOO, TRACK) before any handler; the request
  // line is still readable, so it is answered as the route answers any other refused method.
  server.on("clientError", (error, socket) => {
    const line = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}) (\/[^\s]*) HTTP\/1\.[01]\r?\n/.exec(error.rawPacket?.toString("latin1") ?? "");
    if (error.code !== "HPE_INVALID_METHOD" || !line || !socket.writable) {
      if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const req = new IncomingMessage(socket);
    Object.assign(req, { method: line[1], url: line[2], httpVersion: "1.1", httpVersionMajor: 1, httpVersionMinor: 1 });
    req.headers = { host: `${hostname ?? "localhost"}:${port}`, connection: "close" };
    req.push(null);
    req.complete = true;
    const res = new ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket);
    res.on("finish", () => socket.end());
    void dispatch(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(`[server] ${cluster.isWorker ? `process ${cluster.worker.id} ` : ""}ready on http://${hostname ?? "localhost"}:${port}`);
  });
  // Finish what is in flight, then end; connections kept alive by clients do not hold the exit.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
};

/**
 * start:cluster: the primary only forks and watches. A process that ends before its start-up
 * succeeded (src/instrumentation.ts says so) failed as all would: the cluster stops with status 1
 * rather than forking failures for ever. One that dies later is replaced.
 */
const supervise = (count) => {
  if (count > 1 && !process.env.DATABASE_URL) {
    fail("several processes need a PostgreSQL server (DATABASE_URL): the embedded database can be opened by one process only");
  }
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (!started.has(worker.id)) {
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill();
        fail(`a server process failed to start (exit ${code ?? signal}); see its message above`);
      }
      console.error(`[server] process ${worker.id} ended (${code ?? signal}); starting another`);
      fork();
    });
  };
  const started = new Set();
  cluster.on("message", (worker, message) => message === STARTED && started.add(worker.id));
  for (let i = 0; i < count; i++) fork();
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
};

if (values.cluster && cluster.isPrimary) supervise(processCount());
else await serve();
