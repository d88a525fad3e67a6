import { policyDetail } from "@/lib/api/policy-json";
import { todayInShanghai } from "@/lib/api/today";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { policyById } from "@policies/index";

const detail = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const policy = policyById.get(id);
  if (!policy) {
    const known = [...policyById.keys()].join("、");
    throw new ApiError(404, "policy_not_found", `没有这项政策；可选：${known}`, [{ path: "id", message: `未知的政策 id；可选：${known}` }]);
  }
  return Response.json(policyDetail(policy, todayInShanghai()));
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: detail }, { cors: true });
