/**
 * The production server keeps answering while it works through a large upload: from a megabyte up,
 * POST /api/v1/batch reads and evaluates the file on worker threads (src/lib/batch/serve-batch.ts),
 * so the event loop that answers every other request is never held for the seconds reading takes.
 * The threads' report is the one a single reader gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadShard } from "@/lib/batch/load-shard";
import { THREADS_FROM_BYTES } from "@/lib/batch/serve-batch";
import { policyById } from "@policies/index";
import { cohort, cohortCsv } from "../../bench/cohort";
import { startServer, type ProductionServer } from "../security/production-server";

let server: ProductionServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

const jinshan = policyById.get("jinshan")!;
// About 300,000 rows: read on the server's own thread they would hold it for two seconds.
const profiles = cohort({ size: 60_000, policies: [jinshan], seed: 5 });
const asOf = profiles[0]!.asOf;
const bytes = new TextEncoder().encode(cohortCsv(profiles, jinshan));

describe("a large upload", () => {
  it("is read on worker threads while the server answers other requests at once, with the report of one reader", async () => {
    expect(bytes.byteLength).toBeGreaterThan(10 * THREADS_FROM_BYTES);
    const started = performance.now();
    const upload = fetch(`${server.url}/api/v1/batch?policy=jinshan&asOf=${asOf}`, {
      method: "POST",
      headers: { "content-type": "text/csv", "x-forwarded-for": "198.51.100.20" },
      body: bytes,
    });
    let finished = false;
    void upload.finally(() => (finished = true));
    const waits: number[] = [];
    while (!finished) {
      const t = performance.now();
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
      waits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await upload;
    expect(res.status).toBe(200);
    const took = performance.now() - started;
    // Several answers while the upload was worked on, none of them kept waiting for it (adding the
    // shards' reports and writing the answer still take this thread a moment at the end).
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits), `health waited ${waits.map(Math.round).join(", ")} ms during a ${Math.round(took)} ms upload`).toBeLessThan(600);
    const { report } = await loadShard(bytes, { policy: "jinshan", asOf });
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
