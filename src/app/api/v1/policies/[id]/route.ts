import { policyDetail } from "@/lib/api/policy-json";
import { todayInShanghai } from "@/lib/api/today";
import { corsPreflight, withCors } from "@/lib/http/cors";
import { ApiError } from "@/lib/http/errors";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";
import { policyById } from "@policies/index";

export const GET = withCors(
  withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    const policy = policyById.get(id);
    if (!policy) {
      const known = [...policyById.keys()].join("、");
      throw new ApiError(404, "policy_not_found", `没有这项政策；可选：${known}`, [{ path: "id", message: `未知的政策 id；可选：${known}` }]);
    }
    return Response.json(policyDetail(policy, todayInShanghai()));
  }),
);

export const OPTIONS = corsPreflight("GET");
export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
