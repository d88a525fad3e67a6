import type { Metadata } from "next";
import { ApiReference, type ApiDocument } from "@/features/api-docs/api-reference";
import { Breadcrumb } from "@/features/policy-browser/breadcrumb";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API 文档", description: "政策计算器 JSON API v1：接口、参数、示例和数据结构（OpenAPI 3.1）。" };

/** The JSON API for other systems, read from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiPage() {
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-4 px-4 py-6 sm:px-6">
      <Breadcrumb trail={[]} current="API 文档" />
      <h1 className="text-2xl font-bold">政策计算器 API（v1）</h1>
      <ApiReference doc={openApiDocument() as unknown as ApiDocument} documentUrl="/api/v1/openapi.json" />
    </main>
  );
}
