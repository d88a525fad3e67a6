/**
 * A stand-in for the production server in db-durability.test.ts: creates share links through the
 * real POST /api/v1/shares handler and the app's database module, several at a time, printing each
 * id only once the handler has answered 201 — the moment a client is told the link exists.
 * The test SIGKILLs this process at an arbitrary moment. Run: node --import tsx <this file>.
 */
import { POST } from "@/app/api/v1/shares/route";
import { TYPICAL_JINSHAN } from "./api-helpers";

const IN_FLIGHT = 4;
let n = 0;

const createOne = async (): Promise<void> => {
  const i = n++;
  const body = { ...TYPICAL_JINSHAN, facts: TYPICAL_JINSHAN.facts.map((f) => ("count" in f ? { ...f, count: (i % 50) + 1 } : f)) };
  const res = await POST(
    new Request("http://localhost/api/v1/shares", {
      method: "POST",
      // A different client each time: this measures durability, not the rate limit.
      headers: { "content-type": "application/json", "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify(body),
    }),
  );
  if (res.status === 201) process.stdout.write(`${((await res.json()) as { id: string }).id}\n`);
  else if (res.status === 429) await new Promise((r) => setTimeout(r, 200));
  else throw new Error(`unexpected ${res.status}: ${await res.text()}`);
};

const loop = async () => {
  for (;;) await createOne();
};

await Promise.all(Array.from({ length: IN_FLIGHT }, loop));
