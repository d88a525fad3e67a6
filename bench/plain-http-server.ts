/**
 * The load benchmark's control (`npm run bench:load -- --plain`): the same route handlers as the
 * benchmark's build — the bare reference route, POST /api/v1/evaluate and GET /api/v1/health,
 * imported from src/app — behind Node's own HTTP server with no framework between, so the benchmark
 * can show what the framework costs per request and what evaluation costs without it. Not a way to
 * serve the app: no pages, no headers.
 *
 * Usage: tsx bench/plain-http-server.ts PORT (prints "listening" when ready).
 */
import { createServer, type IncomingMessage } from "node:http";
import { GET as health } from "@/app/api/v1/health/route";
import { POST as bare } from "@/app/api/v1/bench-bare/route.bench";
import { POST as evaluate } from "@/app/api/v1/evaluate/route";

const routes: Record<string, (request: Request) => Response | Promise<Response>> = {
  "GET /api/v1/health": health,
  "POST /api/v1/bench-bare": bare,
  "POST /api/v1/evaluate": evaluate,
};

const webRequest = async (message: IncomingMessage, origin: string): Promise<Request> => {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === "string") headers.set(name, value);
  const body = message.method === "GET" ? undefined : Buffer.concat(chunks);
  return new Request(new URL(message.url ?? "/", origin), { method: message.method, headers, body });
};

const port = Number(process.argv[2]);
createServer(async (message, response) => {
  const route = routes[`${message.method} ${new URL(message.url ?? "/", "http://x").pathname}`];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  const answer = await route(await webRequest(message, `http://127.0.0.1:${port}`));
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}).listen(port, "127.0.0.1", () => console.log("listening"));
