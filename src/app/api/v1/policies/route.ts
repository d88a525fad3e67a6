import { policySummary } from "@/lib/api/policy-json";
import { todayInShanghai } from "@/lib/api/today";
import { corsPreflight, withCors } from "@/lib/http/cors";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";
import { policies } from "@policies/index";

export const GET = withCors(
  withApiErrors(() => {
    const today = todayInShanghai();
    return Response.json({ policies: policies.map((p) => policySummary(p, today)) });
  }),
);

export const OPTIONS = corsPreflight("GET");
export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
