/**
 * fast-check generators of what an attacker sends: wrong types, deep nesting, huge numbers and
 * strings, prototype-pollution keys, script tags, SQL fragments, invalid UTF-8, lying media types,
 * uploads with hostile names and contents, and headers Next.js itself interprets. Most bodies start
 * from a valid request and break one thing in it, so they get past the first check and into the
 * validation behind it; the rest are hostile from the first byte.
 */
import fc from "fast-check";
import LZString from "lz-string";
import { CODEC_VERSION } from "@/lib/share/encode-state";
import { policies } from "@policies/index";
import { factTypes } from "@policies/vocabulary";

/** Every piece of markup carries this token; an HTML response containing one of them raw is an injection. */
export const XSS_TOKEN = "fuzzXss";

export const MARKUP = [
  `<script>${XSS_TOKEN}(1)</script>`,
  `<img src=x onerror=${XSS_TOKEN}(2)>`,
  `"><svg/onload=${XSS_TOKEN}(3)>`,
  `'><iframe srcdoc="<script>${XSS_TOKEN}(4)</script>">`,
  `</script><script>${XSS_TOKEN}(5)</script>`,
  `<a href="javascript:${XSS_TOKEN}(6)">x</a>`,
  `<style>@import 'javascript:${XSS_TOKEN}(7)'</style>`,
];

/** The same markup as it would appear if a page echoed it unescaped. */
export const RAW_MARKUP = new RegExp(
  [`<script>${XSS_TOKEN}`, `<img src=x onerror=${XSS_TOKEN}`, `<svg/onload=${XSS_TOKEN}`, "<iframe srcdoc=", `href="javascript:${XSS_TOKEN}`, "<style>@import"].join("|"),
);

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE shares; --",
  "1; SELECT pg_sleep(5)--",
  "' UNION SELECT version(), current_user--",
  '" OR ""="',
  "$$; DELETE FROM shares; $$",
  "\\'; TRUNCATE policy_snapshots CASCADE; --",
];

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf", "toJSON"];

const ODD = [
  "",
  " ",
  "\u0000",
  "\u202e\u202d",
  "\ud800",
  "\udfff\ud800",
  "𠀀😀\u0301",
  "%00",
  "%ff%fe",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "${7*7}",
  "{{7*7}}",
  "#{7*7}",
  "%s%s%s%n",
  "\r\nSet-Cookie: fuzz=1",
  "null",
  "undefined",
  "NaN",
  "[object Object]",
  "2025-02-30",
  "2025-13-01",
  "0000-00-00",
  "+275760-09-13",
  "2025-9-1",
  "2025-09-30T00:00:00Z",
  "-1",
  "1e400",
  "０１２",
  "jinshan\u0000",
  "JINSHAN",
];

const KNOWN_KEYS = ["policy", "asOf", "applicant", "facts", "type", "date", "count", "amount", "kind", "orgType", "fundedBy", "award", "scope", "role", "action", "level", "stage", "first", "trace", "v"];

const longString = fc
  .tuple(fc.constantFrom("A", "<", "汉", "\u0000", "\\"), fc.constantFrom(1_000, 70_000, 600_000))
  .map(([c, n]) => c.repeat(n));

/** Short enough for a URL or a header. */
export const hostileShortString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP, ...SQL, ...ODD, ...POLLUTION_KEYS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("\ud800", "\udc00", "\u0000", "<", ">", '"', "'", "&", "\\", "/"), maxLength: 16 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...policies.map((p) => p.id), ...factTypes.map((f) => f.type)), fc.constantFrom(...MARKUP, ...SQL)).map(([a, b]) => a + b),
  },
);

export const hostileString: fc.Arbitrary<string> = fc.oneof({ weight: 12, arbitrary: hostileShortString }, { weight: 1, arbitrary: longString });

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1.5, 0.1 + 0.2, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, 9_999_999_999),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Numbers JSON.stringify cannot write: they are spliced into the JSON text. */
const RAW_NUMBERS = ["1e400", "-1e400", "123456789012345678901234567890123", "0x1F", "NaN", "Infinity", "-0", "01", ".5", "1.", "+1", "1e-400", "1_000"];

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 2, arbitrary: hostileShortString },
);

/** An object that really has the key, `__proto__` included (a literal or `o[k] = v` would set the prototype instead). */
const objectFrom = (entries: [string, unknown][]): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
  return o;
};

const scalar: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie("value")), { maxLength: 4 }).map(objectFrom),
  ),
})).value;

// ---------------------------------------------------------------------------------------------
// Breaking a valid request

type Json = unknown;

interface Slot {
  parent: Record<string, Json> | Json[];
  key: string | number;
}

const slotsOf = (value: Json, out: Slot[] = []): Slot[] => {
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, Json>, key: Array.isArray(value) ? Number(k) : k });
      slotsOf(v, out);
    }
  }
  return out;
};

const containersOf = (value: Json): Record<string, Json>[] => [
  ...(value && typeof value === "object" && !Array.isArray(value) ? [value as Record<string, Json>] : []),
  ...slotsOf(value)
    .map((s) => (s.parent as Record<string, Json>)[s.key as string])
    .filter((v): v is Record<string, Json> => !!v && typeof v === "object" && !Array.isArray(v)),
];

type Mutation =
  | { op: "replace"; at: number; value: Json }
  | { op: "delete"; at: number }
  | { op: "add"; at: number; key: string; value: Json }
  | { op: "wrap"; at: number }
  | { op: "retype"; at: number }
  | { op: "multiply"; at: number; times: number };

/** About the API's body limit: a multiplied request is big, not unbounded. */
const MULTIPLY_BUDGET = 1_200_000;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("add" as const), at: fc.nat(), key: hostileKey, value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("wrap" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("retype" as const), at: fc.nat() }) },
);

const multiply: fc.Arbitrary<Mutation> = fc.record({ op: fc.constant("multiply" as const), at: fc.nat(), times: fc.constantFrom(2, 201, 5_000) });

/** "2" for 2, 2 for "2", {} for [], the way a sloppy client or a type-confusion attack would send it. */
const retype = (v: Json): Json =>
  typeof v === "number" ? String(v) : typeof v === "string" ? (Number.isNaN(Number(v)) ? [v] : Number(v)) : typeof v === "boolean" ? String(v) : Array.isArray(v) ? { ...v } : v === null ? 0 : [v];

const set = (slot: Slot, value: Json) => {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, configurable: true, writable: true });
};

const applyMutation = (doc: Json, m: Mutation): Json => {
  if (m.op === "add") {
    const targets = containersOf(doc);
    if (targets.length) set({ parent: targets[m.at % targets.length]!, key: m.key }, m.value);
    return doc;
  }
  const slots = slotsOf(doc);
  if (!slots.length) return m.op === "replace" ? m.value : doc;
  const slot = slots[m.at % slots.length]!;
  const current = (slot.parent as Record<string, Json>)[slot.key as string];
  switch (m.op) {
    case "replace":
      set(slot, m.value);
      break;
    case "delete":
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      break;
    case "wrap":
      set(slot, [current]);
      break;
    case "retype":
      set(slot, retype(current));
      break;
    case "multiply": {
      // Copies share one reference; the JSON text is what grows, so it is kept near the 1 MB body limit.
      const size = JSON.stringify(current)?.length ?? 4;
      set(slot, Array.from({ length: Math.max(1, Math.min(m.times, Math.floor(MULTIPLY_BUDGET / size))) }, () => current));
      break;
    }
  }
  return doc;
};

/** A valid request with one to three things broken in it, and sometimes one part repeated many times. */
export const brokenRequest = (valid: Json, { repeat = true } = {}): fc.Arbitrary<Json> =>
  fc
    .tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), repeat ? fc.option(multiply, { freq: 8 }) : fc.constant(null))
    .map(([ms, many]) => [...ms, ...(many ? [many] : [])].reduce(applyMutation, structuredClone(valid)));

// ---------------------------------------------------------------------------------------------
// Breaking the bytes

const BAD_UTF8 = [[0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xc3], [0xf8, 0x88, 0x80, 0x80, 0x80]];

type TextEdit =
  | { edit: "none" }
  | { edit: "bad-utf8"; at: number; bytes: number[] }
  | { edit: "raw-number"; raw: string }
  | { edit: "nest"; depth: number; bracket: "[" | "{" }
  | { edit: "duplicate-key"; key: string; value: Json }
  | { edit: "truncate"; at: number }
  | { edit: "affix"; prefix: string; suffix: string };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({ edit: "none" as const }) },
  { weight: 2, arbitrary: fc.record({ edit: fc.constant("bad-utf8" as const), at: fc.nat(), bytes: fc.constantFrom(...BAD_UTF8) }) },
  { weight: 1, arbitrary: fc.record({ edit: fc.constant("raw-number" as const), raw: fc.constantFrom(...RAW_NUMBERS) }) },
  {
    weight: 1,
    arbitrary: fc.record({ edit: fc.constant("nest" as const), depth: fc.constantFrom(64, 1_000, 10_000, 100_000, 400_000), bracket: fc.constantFrom("[" as const, "{" as const) }),
  },
  { weight: 1, arbitrary: fc.record({ edit: fc.constant("duplicate-key" as const), key: fc.constantFrom("policy", "facts", "applicant", "__proto__"), value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ edit: fc.constant("truncate" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ edit: fc.constant("affix" as const), prefix: fc.constantFrom("", "\ufeff", " \n\t", "\u0000", ")]}'\n"), suffix: fc.constantFrom("", "garbage", ",]", "\u0000", "}", " ".repeat(10)) }),
  },
);

const utf8 = (s: string) => Buffer.from(s, "utf8");

/** `{"a":{"a":…1…}}` or `[[…1…]]`, `depth` levels deep. */
const nested = (depth: number, bracket: "[" | "{"): string =>
  bracket === "[" ? `${"[".repeat(depth)}1${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

const applyTextEdit = (json: string, e: TextEdit): Buffer => {
  switch (e.edit) {
    case "none":
      return utf8(json);
    case "bad-utf8": {
      const bytes = utf8(json);
      const at = bytes.length ? e.at % bytes.length : 0;
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
    }
    case "raw-number":
      return utf8(/:-?\d/.test(json) ? json.replace(/:-?\d+(\.\d+)?/, `:${e.raw}`) : `{"facts":[{"count":${e.raw}}]}`);
    case "nest":
      return utf8(json.startsWith("{") ? `{"facts":${nested(e.depth, e.bracket)},${json.slice(1)}` : nested(e.depth, e.bracket));
    case "duplicate-key":
      return utf8(json.startsWith("{") && json.length > 2 ? `{${JSON.stringify(e.key)}:${JSON.stringify(e.value) ?? "null"},${json.slice(1)}` : json);
    case "truncate":
      return utf8(json.slice(0, json.length ? e.at % json.length : 0));
    case "affix":
      return utf8(`${e.prefix}${json}${e.suffix}`);
  }
};

/** A JSON-ish body: mostly a broken valid request, sometimes anything at all. */
export const hostileJsonBody = (valid: Json): fc.Arbitrary<Buffer> =>
  fc
    .tuple(fc.oneof({ weight: 3, arbitrary: brokenRequest(valid) }, { weight: 1, arbitrary: hostileJson }), textEdit)
    .map(([doc, edit]) => applyTextEdit(JSON.stringify(doc) ?? "null", edit));

/** Bodies that are not JSON at all. */
const foreignBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(...MARKUP, ...SQL, "", "policy=jinshan&facts[0][type]=x", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>").map(utf8),
  fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
  fc.constantFrom(1_100_000, 3_000_000).map((n) => Buffer.alloc(n, 0x20)),
);

// ---------------------------------------------------------------------------------------------
// Uploads

const CSV_FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://evil.example\",\"x\")", '"unterminated', "a,b\r\nc"];

const csvCell = fc.oneof(hostileShortString, fc.constantFrom(...CSV_FORMULAS, ...factTypes.map((f) => f.type)), fc.integer().map(String));

const csvText = fc
  .array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 40 })
  .map((rows) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",")).join("\n"));

const fileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 4, arbitrary: csvText.map(utf8) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)) },
  // The start of a ZIP (xlsx) archive followed by junk, and a CSV in GBK-looking bytes.
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.from(a)])) },
  { weight: 1, arbitrary: fc.constant(Buffer.from([0xc6, 0xf3, 0xd2, 0xb5, 0x2c, 0xbd, 0xf0, 0xc9, 0xbd, 0x0a, 0xff, 0xfe])) },
  { weight: 1, arbitrary: fc.constantFrom(2_000_000, 12_000_000).map((n) => Buffer.alloc(n, "a,")) },
);

const FILE_TYPES = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel", "application/octet-stream", "text/html", "image/svg+xml", ""];

export interface Upload {
  field: string;
  filename: string;
  type: string;
  bytes: Buffer;
  extraFields: [string, string][];
}

export const upload: fc.Arbitrary<Upload> = fc.record({
  field: fc.oneof(fc.constantFrom("file", "applicants", "upload", "data"), hostileShortString),
  filename: fc.oneof(fc.constantFrom("applicants.csv", "applicants.xlsx", "../../etc/passwd", "<script>x</script>.csv", "a.csv\u0000.exe", "名单.csv", "CON", ".csv"), hostileShortString),
  type: fc.constantFrom(...FILE_TYPES),
  bytes: fileBytes,
  extraFields: fc.array(fc.tuple(fc.oneof(fc.constantFrom("policy", "format", "draft", "asOf"), hostileShortString), hostileShortString), { maxLength: 3 }),
});

// ---------------------------------------------------------------------------------------------
// Requests

export const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  'application/json; charset="UTF-8"',
  "application/json; charset=latin1",
  "application/vnd.api+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "text/csv",
  "application/xml",
  "",
  "<script>",
  "application/json, text/html",
];

/** Latin-1 printable only: fetch refuses anything else in a header, and so would any proxy in front. */
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, "").slice(0, 1_000);

const HEADER_VALUES: Record<string, string[]> = {
  "x-forwarded-for": ["1.2.3.4", "1.2.3.4, 5.6.7.8", "::1", "unknown", ", , ,", "999.999.999.999", "127.0.0.1,".repeat(100)],
  "x-forwarded-proto": ["https", "http", "https, http", "javascript", "ftp"],
  "x-forwarded-host": ["evil.example", "localhost:1", "a".repeat(300)],
  "x-real-ip": ["10.0.0.1", "'; DROP TABLE shares; --"],
  cookie: ["a=b", "__proto__=x", "session=" + "x".repeat(1000)],
  referer: ["https://evil.example/", "javascript:alert(1)"],
  origin: ["https://evil.example", "null"],
  "user-agent": ["sqlmap/1.7", "Mozilla/5.0"],
  accept: ["text/html", "application/json", "*/*", "text/x-component", "image/*"],
  "accept-language": ["zh-CN", "en;q=x", "*"],
  "accept-encoding": ["gzip", "br", "deflate, gzip;q=0", "identity", "zstd", "*"],
  range: ["bytes=0-10", "bytes=99999999-", "bytes=-1,-2,-3"],
  "if-none-match": ['W/"x"', "*"],
  "if-modified-since": ["Sat, 01 Jan 2000 00:00:00 GMT", "garbage"],
  rsc: ["1", "0", "yes"],
  "next-router-state-tree": ["%5B%22%22%5D", "%7Bgarbage", "[", "x".repeat(1000)],
  "next-router-prefetch": ["1"],
  "next-router-segment-prefetch": ["/_tree", "/../../x"],
  "next-url": ["/calc/jinshan", "//evil.example"],
  "next-action": ["x", "7f" + "0".repeat(40)],
  purpose: ["prefetch"],
  "sec-purpose": ["prefetch", "prefetch;prerender"],
  "x-middleware-subrequest": ["middleware:middleware:middleware:middleware:middleware", "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy", "proxy:proxy:proxy:proxy:proxy"],
  "x-middleware-prefetch": ["1"],
  "x-nextjs-data": ["1"],
  "x-http-method-override": ["DELETE", "PUT"],
  authorization: ["Bearer x", "Basic " + "A".repeat(200)],
  forwarded: ["for=1.2.3.4;proto=https;host=evil.example"],
};

export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .array(
    fc.constantFrom(...Object.keys(HEADER_VALUES)).chain((name) =>
      fc.tuple(fc.constant(name), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES[name]!) }, { weight: 1, arbitrary: hostileShortString.map(headerSafe) })),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => Object.fromEntries(pairs));

/** Percent-encodes the UTF-8 bytes of `s`; lone surrogates become U+FFFD as any client would send them. */
export const encode = (s: string): string => [...utf8(s)].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`)).join("");

/**
 * Node refuses a request line and headers beyond 16 KB with a bare 431 before the app sees them
 * (docs/security.md); requests stay below that so that the app, not the socket, answers them.
 */
const MAX_QUERY_CHARS = 8_000;

/** Escapes that do not decode to UTF-8, or do not decode at all. */
const RAW_ESCAPES = ["%ff", "%fe%ff", "%c0%af", "%ed%a0%80", "%", "%zz", "%2e%2e%2f", "%00", "..%2f..%2f"];

export const pathSegment = (valid: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...valid).map(encode) },
    { weight: 4, arbitrary: hostileShortString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES) },
    { weight: 1, arbitrary: fc.constantFrom(500, 2_000).map((n) => "a".repeat(n)) },
  );

/** A self-contained link payload (?s=, ?d=) that decompresses fine and carries a broken request. */
export const linkPayload = (valid: Json): fc.Arbitrary<string> =>
  fc.oneof(
    // Links are refused beyond 32 kB encoded; longer ones only cost the generator time to compress.
    brokenRequest({ v: CODEC_VERSION, ...(valid as object) }, { repeat: false }).map((doc) => LZString.compressToEncodedURIComponent((JSON.stringify(doc) ?? "").slice(0, 40_000))),
    hostileShortString.map(encode),
    fc.constantFrom(...RAW_ESCAPES, "A".repeat(MAX_QUERY_CHARS)),
  );

export const query = (valid: Json): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom("s", "d"), linkPayload(valid)),
        fc.tuple(fc.constantFrom("v", "trace", "policy", "_rsc", "page", "id"), fc.oneof(hostileShortString.map(encode), fc.constantFrom("0", "1", "jinshan@0123456789abcdef"))),
        fc.tuple(hostileShortString.map(encode), hostileShortString.map(encode)),
        fc.tuple(fc.constantFrom(...RAW_ESCAPES), fc.constantFrom(...RAW_ESCAPES)),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`.slice(0, MAX_QUERY_CHARS) : ""));

export type Body = { kind: "bytes"; contentType: string | undefined; bytes: Buffer; chunked: boolean } | { kind: "upload"; upload: Upload } | { kind: "none" };

export const hostileBody = (valid: Json): fc.Arbitrary<Body> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant("bytes" as const),
        contentType: fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: fc.constant(undefined) }),
        bytes: fc.oneof({ weight: 8, arbitrary: hostileJsonBody(valid) }, { weight: 1, arbitrary: foreignBody }),
        // Without Content-Length the server has to count the bytes itself.
        chunked: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("upload" as const), upload }) },
    { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  );
