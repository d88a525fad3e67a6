/**
 * The OpenAPI document as a page (/api): every route with its parameters, body, examples and
 * answers, then every schema. Rendered on the server from the same document the API serves, with
 * no script of its own, so the page's strict CSP stays as it is.
 */
import { SchemaView, TypeText, type Schema } from "./schema-view";

interface Example {
  summary?: string;
  value: unknown;
  "x-status"?: number;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
  examples?: Record<string, Example>;
}

interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema; examples?: Record<string, Example> }> };
  responses: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema: Schema }> }>;
}

export interface ApiDocument {
  info: { title: string; version: string; description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, { description: string }> };
}

const METHOD_TONE: Record<string, string> = { get: "bg-sky-100 text-sky-900", post: "bg-emerald-100 text-emerald-900" };

const responseText = (doc: ApiDocument, r: Operation["responses"][string]) => (r.$ref ? doc.components.responses[r.$ref.split("/").at(-1)!]?.description : r.description);

function ExampleBlock({ name, example, success }: { name: string; example: Example; success: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-slate-700">
        示例 <code>{name}</code>
        {example.summary ? `：${example.summary}` : ""}（返回 {example["x-status"] ?? success}）
      </figcaption>
      <pre className="max-h-72 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{JSON.stringify(example.value, null, 2)}</pre>
    </figure>
  );
}

function OperationView({ doc, path, method, op }: { doc: ApiDocument; path: string; method: string; op: Operation }) {
  const success = Object.keys(op.responses).find((s) => s.startsWith("2")) ?? "200";
  const json = op.requestBody?.content["application/json"];
  const otherTypes = Object.keys(op.requestBody?.content ?? {}).filter((t) => t !== "application/json");
  return (
    <section id={op.operationId} aria-labelledby={`${op.operationId}-heading`} className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${op.operationId}-heading`} className="flex flex-wrap items-baseline gap-2">
        <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_TONE[method] ?? ""}`}>{method}</span>
        <code className="text-sm font-semibold break-all">{path}</code>
        <span className="text-base font-semibold">{op.summary}</span>
      </h3>
      <p className="text-sm text-slate-800">{op.description}</p>
      {op.parameters && op.parameters.length > 0 && (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">参数</h4>
          <ul className="space-y-1 text-sm">
            {op.parameters.map((p) => (
              <li key={`${p.in}-${p.name}`}>
                <code>{p.name}</code>（{p.in === "path" ? "路径" : "查询"}
                {p.required ? "，必填" : "，可选"}）{p.schema && <>：<TypeText schema={p.schema} /></>}
                {p.description || p.schema?.description ? ` — ${p.description ?? p.schema?.description}` : ""}
                {p.examples && (
                  <span className="text-slate-700">
                    ；示例：
                    {Object.values(p.examples)
                      .map((e) => `${String(e.value)}（${e["x-status"] ?? success}）`)
                      .join("、")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {json && (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">
            请求体（application/json{otherTypes.length ? `；也接受 ${otherTypes.join("、")}` : ""}）：<TypeText schema={json.schema} />
          </h4>
          {Object.entries(json.examples ?? {}).map(([name, example]) => (
            <ExampleBlock key={name} name={name} example={example} success={success} />
          ))}
        </div>
      )}
      <div className="space-y-1">
        <h4 className="text-sm font-semibold">返回</h4>
        <ul className="space-y-0.5 text-sm">
          {Object.entries(op.responses).map(([status, r]) => (
            <li key={status}>
              <code className="font-semibold">{status}</code> {responseText(doc, r)}
              {r.content?.["application/json"] && (
                <>
                  ：<TypeText schema={r.content["application/json"].schema} />
                </>
              )}
              {r.$ref && (
                <>
                  ：<TypeText schema={{ $ref: "#/components/schemas/Error" }} />
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export function ApiReference({ doc, documentUrl }: { doc: ApiDocument; documentUrl: string }) {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  return (
    <div className="space-y-8">
      <section className="space-y-2 text-sm text-slate-800">
        <p>{doc.info.description}</p>
        <p>
          机器可读的 OpenAPI 3.1 文档：
          <a href={documentUrl} className="font-mono text-sky-800 underline underline-offset-2">
            {documentUrl}
          </a>
          （由接口校验请求所用的 zod 模式生成，本页据它排出）。
        </p>
      </section>
      <nav aria-labelledby="api-toc-heading" className="rounded-lg border border-slate-200 bg-white p-3">
        <h2 id="api-toc-heading" className="text-sm font-semibold">
          接口一览
        </h2>
        <ul className="mt-1 grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2">
          {operations.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`} className="text-sky-800 underline underline-offset-2">
                <span className="font-mono text-xs uppercase">{method}</span> <span className="font-mono text-xs break-all">{path}</span>
              </a>{" "}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {doc.tags.map(({ name }) => (
        <section key={name} aria-labelledby={`tag-${name}`} className="space-y-3">
          <h2 id={`tag-${name}`} className="text-lg font-semibold">
            {name}
          </h2>
          {operations
            .filter(({ op }) => op.tags.includes(name))
            .map(({ path, method, op }) => (
              <OperationView key={op.operationId} doc={doc} path={path} method={method} op={op} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas-heading" className="space-y-3">
        <h2 id="schemas-heading" className="text-lg font-semibold">
          数据结构
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} aria-label={name} className="scroll-mt-4 space-y-1 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-mono text-sm font-semibold">{name}</h3>
            {schema.description && <p className="text-sm text-slate-700">{schema.description}</p>}
            <SchemaView schema={schema} />
          </section>
        ))}
      </section>
    </div>
  );
}
