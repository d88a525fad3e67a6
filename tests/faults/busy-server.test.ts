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
 * Sends the upload and asks for health every 50 ms until it is answered. No wait may come near the
 * time reading the same body holds a thread (`alone`, measured here at the same moment, so a busy
 * machine raises both): a server that read it on its own thread would make health wait about that
 * long. While the body arrives and the threads start (the first quarter of the upload) half of it,
 * and 600 ms at least, is the bound. After that the server's thread has nothing to do but receive
 * the finished answer's bytes: an eighth of it, and 300 ms at least. The shards used to send it their
 * reports to add and write — for this file a 28 MB list of applicants, about 0.6 s of
 * structured-clone decoding and 0.2 s of JSON on a quiet machine, 0.8–2.4 s under load, all of it
 * at the end.
 */
const uploadWhileAnswering = async (path: string, contentType: string, body: Uint8Array<ArrayBuffer>, client: string, alone: number): Promise<Response> => {
  const started = performance.now();
  const upload = fetch(`${production().url}${path}`, { method: "POST", headers: { "content-type": contentType, "x-forwarded-for": client }, body });
  let finished = false;
  void upload.finally(() => (finished = true));
  const waits: { at: number; ms: number }[] = [];
  while (!finished) {
    const t = performance.now();
    expect((await fetch(`${production().url}/api/v1/health`)).status).toBe(200);
    waits.push({ at: t - started, ms: performance.now() - t });
    await new Promise((r) => setTimeout(r, 50));
  }
  const res = await upload;
  const took = performance.now() - started;
  const seen = `health waited ${waits.map((w) => `${Math.round(w.ms)} (at ${Math.round(w.at)})`).join(", ")} ms during a ${Math.round(took)} ms upload`;
  expect(waits.length).toBeGreaterThan(5);
  const longest = (from: number, to: number) => Math.max(0, ...waits.filter((w) => w.at >= from && w.at < to).map((w) => w.ms));
  expect(longest(0, took / 4), seen).toBeLessThan(Math.max(600, alone / 2));
  expect(longest(took / 4, took), seen).toBeLessThan(Math.max(300, alone / 8));
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
    // The test before held this thread for seconds comparing 68,000 applicants, past the server's
    // keep-alive time: a turn of the event loop lets the client's pool see the connections the server
    // closed meanwhile, or the next POST may go out on one of them (EPIPE, seen under load).
    await new Promise((r) => setTimeout(r, 100));
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
