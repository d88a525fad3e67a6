/**
 * The production server keeps answering while it works through a large upload: from a megabyte up,
 * POST /api/v1/batch reads and evaluates the file, or the JSON cohort, on worker threads
 * (src/lib/batch/serve-batch.ts), so the event loop that answers every other request is never held
 * for the seconds reading takes. The threads' report is the one a single reader gives, and a bad
 * body is refused from there as it would be on the server's own thread.
 */
import { describe, expect, it } from "vitest";
import { loadJsonShard, loadShard } from "@/lib/batch/load-shard";
import { THREADS_FROM_BYTES } from "@/lib/batch/serve-batch";
import { policyById } from "@policies/index";
import { cohort, cohortCsv } from "../../bench/cohort";
import { serverForFile } from "../security/server-for-file";

const production = serverForFile();

const jinshan = policyById.get("jinshan")!;
// About 300,000 rows: read on the server's own thread they would hold it for two seconds.
const profiles = cohort({ size: 60_000, policies: [jinshan], seed: 5 });
const asOf = profiles[0]!.asOf;
const bytes = new TextEncoder().encode(cohortCsv(profiles, jinshan));

/** Runs `read` here, as the server's own thread would: its result and how long it held this thread. */
const timed = async <T>(read: () => Promise<T>): Promise<{ result: T; ms: number }> => {
  const t = performance.now();
  const result = await read();
  return { result, ms: performance.now() - t };
};

/**
 * Sends the upload and asks for health every 50 ms until it is answered. The longest wait must stay
 * well under the time reading the same body holds a thread (`alone`, measured here at the same
 * moment, so a busy machine raises both): a server that read it on its own thread would make health
 * wait about that long. Half of it, and 600 ms at least, is the bound: at the end the server's
 * thread still receives the shards' reports, adds them and writes the answer — for this file a 28 MB
 * list of applicants, about 0.6 s of structured-clone decoding and 0.2 s of JSON on a quiet machine
 * (1.4 s measured once in CI; docs/security.md, known cost).
 */
const uploadWhileAnswering = async (path: string, contentType: string, body: Uint8Array<ArrayBuffer>, client: string, alone: number): Promise<Response> => {
  const started = performance.now();
  const upload = fetch(`${production().url}${path}`, { method: "POST", headers: { "content-type": contentType, "x-forwarded-for": client }, body });
  let finished = false;
  void upload.finally(() => (finished = true));
  const waits: number[] = [];
  while (!finished) {
    const t = performance.now();
    expect((await fetch(`${production().url}/api/v1/health`)).status).toBe(200);
    waits.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  const res = await upload;
  const took = performance.now() - started;
  expect(waits.length).toBeGreaterThan(5);
  expect(Math.max(...waits), `health waited ${waits.map(Math.round).join(", ")} ms during a ${Math.round(took)} ms upload`).toBeLessThan(Math.max(600, alone / 2));
  return res;
};

describe("a large upload", () => {
  it("is read on worker threads while the server answers other requests at once, with the report of one reader", async () => {
    expect(bytes.byteLength).toBeGreaterThan(10 * THREADS_FROM_BYTES);
    const alone = await timed(() => loadShard(bytes, { policy: "jinshan", asOf }));
    const res = await uploadWhileAnswering(`/api/v1/batch?policy=jinshan&asOf=${asOf}`, "text/csv", bytes, "198.51.100.20", alone.ms);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(alone.result.report)));
    // Each thread loads SheetJS, which used to print a deprecation warning there (bounded-inflate.ts).
    expect(production().stderr()).not.toMatch(/DeprecationWarning/);
  });
});

describe("a large JSON cohort", () => {
  const TODAY = "2026-11-22";
  const encode = (envelope: unknown) => new TextEncoder().encode(JSON.stringify(envelope));
  // Near the 50 MB limit: parsed and checked on the server's own thread it held health for 2.3 s.
  const members = cohort({ size: 68_000, policies: [jinshan], seed: 6 }).map((p, i) => ({ id: `J${i}`, applicant: p.applicant, facts: p.facts }));

  it("is parsed, checked and evaluated on worker threads while the server answers, with the report of one reader", async () => {
    const json = encode({ policy: "jinshan", asOf, applicants: members });
    expect(json.byteLength).toBeGreaterThan(40 * THREADS_FROM_BYTES);
    const alone = await timed(() => loadJsonShard(json, TODAY));
    const res = await uploadWhileAnswering("/api/v1/batch", "application/json", json, "198.51.100.21", alone.ms);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(alone.result)));
  });

  it("is refused from the threads with the error the server's own thread gives, naming the field", async () => {
    const post = (body: Uint8Array<ArrayBuffer>) =>
      fetch(`${production().url}/api/v1/batch`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.22" }, body });
    const wrongPolicy = encode({ policy: "atlantis", applicants: members.slice(0, 5_000) });
    expect(wrongPolicy.byteLength).toBeGreaterThan(THREADS_FROM_BYTES);
    const refused = await post(wrongPolicy);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.issues[0]).toMatchObject({ path: "policy", message: expect.stringContaining("未知的政策") });
    const cut = await post(wrongPolicy.subarray(0, wrongPolicy.byteLength - 3));
    expect(cut.status).toBe(400);
    expect((await cut.json()).error).toMatchObject({ code: "invalid_json", message: "请求体不是有效的 JSON" });
  });
});
