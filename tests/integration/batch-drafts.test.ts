/**
 * What-if drafts through POST /api/v1/drafts and GET /api/v1/drafts/{id} on every database target:
 * saved, reopened by link, refused when they would make the policy invalid, unknown ids answered 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/drafts/route";
import { GET } from "@/app/api/v1/drafts/[id]/route";
import { policyVersion } from "@/engine";
import type { SavedDraft } from "@/lib/cohort/draft-store";
import { closeDatabase, getDatabase } from "@/lib/db/database";
import { isShortId } from "@/lib/share/short-id";
import { policyById } from "@policies/index";
import { API, expectApiError } from "./api-helpers";
import { envFor, scratchDatabase, targets, type Scratch } from "./db-harness";

let clients = 0;
const save = (body: unknown) =>
  POST(
    new Request(`${API}/drafts`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${200 + ++clients}` },
      body: JSON.stringify(body),
    }),
  );
const open = (id: string) => GET(new Request(`${API}/drafts/${id}`), { params: Promise.resolve({ id }) });

const DRAFT = {
  name: "金奖提高到 40 万",
  policy: "jinshan",
  changes: [
    { target: "item", id: "js-5-2-gold-org", field: "yuan", value: 400_000 },
    { target: "limit", id: "js-23-five-standards", field: "max", value: 3 },
  ],
};

describe.each(targets)("what-if drafts on %s", (kind) => {
  let scratch: Scratch;

  beforeAll(async () => {
    scratch = await scratchDatabase(kind);
    Object.assign(process.env, envFor(scratch.config));
  });

  afterAll(async () => {
    await closeDatabase();
    await scratch.dispose();
  });

  it("saves a named draft and reopens it by its link", async () => {
    const res = await save(DRAFT);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as SavedDraft & { url: string };
    expect(isShortId(saved.id)).toBe(true);
    expect(saved.url).toBe(`http://localhost/regulator?draft=${saved.id}`);
    expect(saved.baseVersion).toBe(policyVersion(policyById.get("jinshan")!));

    const reopened = await open(saved.id);
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toEqual({ ...DRAFT, id: saved.id, createdAt: saved.createdAt, baseVersion: saved.baseVersion, outdated: false });
  });

  it("says when the policy changed after the draft was saved", async () => {
    const saved = (await (await save(DRAFT)).json()) as SavedDraft;
    await (await getDatabase()).prisma.draft.update({ where: { id: saved.id }, data: { baseVersion: "jinshan@0000000000000000" } });
    expect(((await (await open(saved.id)).json()) as SavedDraft).outdated).toBe(true);
  });

  it("refuses a draft the policy schema would not accept, naming the change, and stores nothing", async () => {
    const before = await (await getDatabase()).prisma.draft.count();
    await expectApiError(await save({ ...DRAFT, changes: [{ target: "effective", field: "to", value: "2020-01-01" }] }), 422, "invalid_draft", "effective.to");
    await expectApiError(await save({ ...DRAFT, changes: [{ target: "item", id: "nope", field: "yuan", value: 1 }] }), 422, "invalid_draft", "changes[0].id");
    await expectApiError(await save({ ...DRAFT, policy: "nowhere" }), 422, "invalid_draft", "policy");
    await expectApiError(await save({ ...DRAFT, name: " " }), 422, "validation_failed", "name");
    await expectApiError(await save({ ...DRAFT, changes: [{ target: "item", id: "x", field: "yuan", value: -1 }] }), 422, "validation_failed");
    expect(await (await getDatabase()).prisma.draft.count()).toBe(before);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    await expectApiError(await open("A".repeat(22)), 404, "not_found");
    await expectApiError(await open("../../etc/passwd"), 404, "not_found");
  });
});
