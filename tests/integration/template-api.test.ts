/** GET /regulator/template: the upload template, and a Chinese error naming the parameter for every bad query. */
import { describe, expect, it } from "vitest";
import { GET } from "@/app/regulator/template/route";
import { expectApiError } from "./api-helpers";

const get = (query: string) => GET(new Request(`http://localhost/regulator/template${query}`));

describe("GET /regulator/template", () => {
  it("sends the template of the policy asked for", async () => {
    const res = await get("?policy=jinshan&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("政策测算模板-金山区.csv"));
  });

  it.each([
    ["no policy", "", ["policy"]],
    ["an empty policy", "?policy=", ["policy"]],
    ["an unknown policy", "?policy=atlantis", ["policy"]],
    ["an unknown format", "?policy=jinshan&format=pdf", ["format"]],
    ["nothing right", "?format=doc", ["policy", "format"]],
  ])("answers %s with 400, in Chinese, naming each bad parameter", async (_name, query, fields) => {
    const body = await expectApiError(await get(query), 400, "validation_failed");
    expect(body.error.issues.map((i) => i.path)).toEqual(fields);
    for (const issue of body.error.issues) expect(issue.message).toContain(issue.path);
    expect(body.error.message).toContain(fields[0]);
    expect(JSON.stringify(body)).not.toMatch(/Invalid|expected|received/);
  });
});
