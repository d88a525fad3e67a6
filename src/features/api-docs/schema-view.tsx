/**
 * A JSON Schema from the OpenAPI document, as a table a person can read: each field with its type,
 * whether it is required, its limits and its description; nested objects inline, the fact types
 * (a oneOf of ~40 shapes) one disclosure each. No script: <details> opens without one.
 */
type Schema = {
  $ref?: string;
  title?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: boolean | Schema;
};

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** JavaScript's safe-integer bounds say nothing to a reader. */
const meaningful = (n: number | undefined) => n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER;

const limits = (s: Schema): string[] =>
  [
    meaningful(s.minimum) && meaningful(s.maximum) ? `${s.minimum}–${s.maximum}` : meaningful(s.minimum) ? `≥ ${s.minimum}` : meaningful(s.maximum) ? `≤ ${s.maximum}` : "",
    s.minLength !== undefined || s.maxLength !== undefined ? `长度 ${s.minLength ?? 0}–${s.maxLength ?? "∞"}` : "",
    s.minItems !== undefined || s.maxItems !== undefined ? `${s.minItems ?? 0}–${s.maxItems ?? "∞"} 项` : "",
    s.pattern ? `格式 ${s.pattern}` : "",
  ].filter(Boolean);

export function TypeText({ schema }: { schema: Schema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#schema-${name}`} className="text-sky-800 underline underline-offset-2">
        {name}
      </a>
    );
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) return <span>{schema.enum.map((v) => JSON.stringify(v)).join(" | ")}</span>;
  if (schema.type === "array" && schema.items) {
    return (
      <span>
        数组，元素为 <TypeText schema={schema.items} />
      </span>
    );
  }
  if (schema.oneOf || schema.anyOf) return <span>下列之一</span>;
  return <span>{Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "任意")}</span>;
}

/** The part of a field's schema that has fields of its own: an object, an array of objects, or a choice of shapes. */
const nested = (s: Schema): Schema | undefined => {
  if (s.properties || s.oneOf) return s;
  if (s.type === "array" && s.items && (s.items.properties || s.items.oneOf)) return s.items;
  return undefined;
};

/** The value that tells the shapes of a oneOf apart (the fact `type`, a draft change's `target`). */
const shapeName = (s: Schema, i: number) => {
  const tag = Object.entries(s.properties ?? {}).find(([, p]) => p.const !== undefined);
  const name = tag ? `${tag[0]} = ${JSON.stringify(tag[1].const)}` : `形式 ${i + 1}`;
  return s.title ? `${name}（${s.title}）` : name;
};

export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  if (schema.oneOf) {
    return (
      <ul className="space-y-1">
        {schema.oneOf.map((shape, i) => (
          <li key={i}>
            <details className="rounded border border-slate-200 bg-white px-2 py-1">
              <summary className="cursor-pointer font-mono text-xs">{shapeName(shape, i)}</summary>
              <div className="mt-1">
                <SchemaView schema={shape} depth={depth + 1} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    );
  }
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    return (
      <p className="text-sm">
        <TypeText schema={schema} />
        {schema.description ? `：${schema.description}` : ""}
      </p>
    );
  }
  const required = new Set(schema.required ?? []);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-xs text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              字段
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              类型与取值
            </th>
            <th scope="col" className="py-1 font-medium">
              说明
            </th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, p]) => {
            const inner = depth < 3 ? nested(p) : undefined;
            return (
              <tr key={name} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal whitespace-nowrap">
                  {name}
                  {required.has(name) ? <span className="ml-1 text-rose-800">必填</span> : null}
                </th>
                <td className="py-1 pr-3 text-xs">
                  <TypeText schema={p} />
                  {limits(p).length > 0 && <span className="block text-slate-600">{limits(p).join("；")}</span>}
                </td>
                <td className="py-1 text-xs">
                  {p.description}
                  {inner && (
                    <div className="mt-1">
                      <SchemaView schema={inner} depth={depth + 1} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {schema.additionalProperties === false && <p className="mt-1 text-xs text-slate-600">不接受其他字段。</p>}
    </div>
  );
}

export type { Schema };
