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
    await expectApiError(await save({ ...DRAFT, policy: "nowhere" }), 422, "validation_failed", "policy");
    await expectApiError(await save({ ...DRAFT, name: " " }), 422, "validation_failed", "name");
    await expectApiError(await save({ ...DRAFT, changes: [{ target: "item", id: "x", field: "yuan", value: -1 }] }), 422, "validation_failed");
    expect(await (await getDatabase()).prisma.draft.count()).toBe(before);
  });

  it("follows the API's rules: strict objects, Chinese messages naming the field, nothing sent quoted back, nothing stored", async () => {
    const before = await (await getDatabase()).prisma.draft.count();
    const refused = async (body: unknown, path: string, message?: RegExp) => {
      const { error } = await expectApiError(await save(body), 422, "validation_failed", path);
      const issue = error.issues.find((i) => i.path === path)!;
      if (message) expect(issue.message).toMatch(message);
      // What was sent never comes back: the markers below appear in no message.
      expect(JSON.stringify(error)).not.toMatch(/MARK|<script|\\u0000/);
      return issue;
    };
    // A NUL used to reach PostgreSQL (error 22021) and come back as a 500; other control characters garble lists.
    await refused({ ...DRAFT, name: "MARK\u0000草案" }, "name", /控制字符/);
    await refused({ ...DRAFT, name: "MARK\n草案" }, "name", /控制字符/);
    await refused({ ...DRAFT, name: "\u001b[31mMARK" }, "name", /控制字符/);
    await refused({ ...DRAFT, name: "MARK".repeat(30) }, "name", /100/);
    await refused({ ...DRAFT, changes: [{ target: "item", id: "MARK\u0000", field: "yuan", value: 1 }] }, "changes[0].id", /控制字符/);
    // Unknown keys, prototype keys included, are refused by name, at the top and inside a change.
    await refused({ ...DRAFT, extra: 1 }, "extra", /不支持/);
    await refused(JSON.parse(`{"name":"a","policy":"jinshan","changes":[],"__proto__":{"admin":true}}`), "__proto__", /不支持/);
    await refused({ ...DRAFT, constructor: { prototype: {} } }, "constructor", /不支持/);
    await refused({ ...DRAFT, changes: [{ ...DRAFT.changes[0], note: "MARK" }] }, "changes[0].note", /不支持/);
    // A policy of the wrong type is not "missing"; an unknown one lists the choices without quoting the input.
    const wrongType = await refused({ ...DRAFT, policy: 42 }, "policy");
    expect(wrongType.message).not.toMatch(/缺少/);
    expect((await refused({ ...DRAFT, policy: undefined }, "policy")).message).toMatch(/缺少/);
    expect((await refused({ ...DRAFT, policy: "MARK<script>" }, "policy")).message).toMatch(/jinshan/);
    await refused({ ...DRAFT, changes: [{ target: "MARK", id: "x" }] }, "changes[0].target", /item/);
    await refused({ ...DRAFT, changes: [{ target: "item", id: "x", field: "MARK", value: 1 }] }, "changes[0].field", /yuan/);
    await refused({ ...DRAFT, changes: [{ target: "tier", id: "x", index: "MARK", value: 1 }] }, "changes[0].index", /档位/);
    await refused({ ...DRAFT, changes: "MARK" }, "changes", /数组/);
    // Refused after validation by the policy data: still named, still not quoted.
    const unknownItem = await expectApiError(await save({ ...DRAFT, changes: [{ target: "item", id: "MARK-item", field: "yuan", value: 1 }] }), 422, "invalid_draft", "changes[0].id");
    expect(JSON.stringify(unknownItem)).not.toContain("MARK");
    expect(await (await getDatabase()).prisma.draft.count()).toBe(before);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    await expectApiError(await open("A".repeat(22)), 404, "not_found");
    await expectApiError(await open("../../etc/passwd"), 404, "not_found");
  });
});
