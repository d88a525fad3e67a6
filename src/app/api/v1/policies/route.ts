import { policySummary } from "@/lib/api/policy-json";
import { todayInShanghai } from "@/lib/api/today";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { policies } from "@policies/index";

const list = withApiErrors(() => {
  const today = todayInShanghai();
  return Response.json({ policies: policies.map((p) => policySummary(p, today)) });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: list }, { cors: true });
