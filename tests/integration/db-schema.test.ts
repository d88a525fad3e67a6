/**
 * The migrations under prisma/migrations are hand-written SQL (Prisma's native migration engine
 * cannot be installed here), so this test is what keeps them honest: the schema they produce must
 * be the one prisma/schema.prisma describes, column by column, index by index, key by key, as read
 * by Prisma's own schema parser. Then every model makes a round trip through the generated client.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { openPglite, openPostgres } from "@/lib/db/driver";
import { DB_TIMEOUT, scratchDatabase, targets, type Scratch } from "./db-harness";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum";
  type: string;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; indexes: { model: string; type: string; fields: { name: string }[]; dbName?: string | null }[] };
}

const dmmf = async (): Promise<Dmmf> => {
  const wasm = createRequire(import.meta.url)("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const schema = await readFile("prisma/schema.prisma", "utf8");
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
};

interface Delegate {
  create(args: { data: Record<string, unknown> }): Promise<Record<string, unknown>>;
  findUniqueOrThrow(args: { where: Record<string, unknown> }): Promise<Record<string, unknown>>;
  delete(args: { where: Record<string, unknown> }): Promise<unknown>;
  count(): Promise<number>;
}

/** Parents before children, so every foreign key can point at a row that exists. */
const orderedByDependency = (models: DmmfModel[]): DmmfModel[] => {
  const out: DmmfModel[] = [];
  const visit = (m: DmmfModel) => {
    if (out.includes(m)) return;
    for (const f of m.fields) if (f.relationFromFields?.length) visit(models.find((x) => x.name === f.type) as DmmfModel);
    out.push(m);
  };
  models.forEach(visit);
  return out;
};

const idFields = (m: DmmfModel) => m.fields.filter((f) => f.isId).map((f) => f.name);

/** Values that would expose a lossy column: non-ASCII text, quotes, nested JSON, millisecond times. */
const SAMPLES: Record<string, (field: string) => unknown> = {
  String: (field) => `${field}·金山区“引号”\\`,
  Int: () => 2_147_483_647,
  BigInt: () => 9_007_199_254_740_993n,
  Boolean: () => true,
  Float: () => 0.1,
  Json: () => ({ 名称: "标准", amount: 1_000_000, nested: [{ a: null, b: true }], text: 'say "hi"' }),
  DateTime: () => new Date("2025-06-10T08:30:45.123Z"),
};

const sampleRow = (m: DmmfModel, parents: Map<string, Record<string, unknown>>): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const f of m.fields.filter((x) => x.kind === "scalar")) {
    const sample = SAMPLES[f.type];
    if (!sample) throw new Error(`extend SAMPLES for ${f.type}`);
    data[f.name] = sample(f.name);
  }
  for (const rel of m.fields.filter((x) => x.relationFromFields?.length)) {
    const parent = parents.get(rel.type) as Record<string, unknown>;
    rel.relationFromFields!.forEach((from, i) => (data[from] = parent[rel.relationToFields![i]!]));
  }
  return data;
};

/** What Prisma's migration engine would create for a scalar type (with the PostgreSQL connector). */
const sqlType = (f: DmmfField): string => {
  const [native, args = []] = f.nativeType ?? [];
  if (native === "Timestamptz") return `timestamp with time zone(${args[0] ?? 6})`;
  if (native) throw new Error(`extend sqlType() for @db.${native}`);
  const types: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Boolean: "boolean",
    Float: "double precision",
    Json: "jsonb",
    DateTime: "timestamp without time zone(3)",
  };
  const t = types[f.type];
  if (!t) throw new Error(`extend sqlType() for ${f.type}`);
  return t;
};

/** The schema.prisma as lines comparable with the catalog, using Prisma's default constraint names. */
const expectedSchema = (d: Dmmf): string[] => {
  const out: string[] = [];
  const tableOf = new Map(d.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  for (const m of d.datamodel.models) {
    const table = m.dbName ?? m.name;
    const column = new Map(m.fields.map((f) => [f.name, f.dbName ?? f.name]));
    const cols = (names: string[]) => names.map((n) => column.get(n) ?? n);
    for (const f of m.fields) {
      if (f.kind === "scalar") {
        out.push(`${table}.${column.get(f.name)} ${sqlType(f)}${f.isRequired ? " NOT NULL" : ""}${f.hasDefaultValue ? " DEFAULT" : ""}`);
      }
      if (f.kind === "object" && f.relationFromFields?.length) {
        const from = cols(f.relationFromFields);
        const target = d.datamodel.models.find((x) => x.name === f.type) as DmmfModel;
        const targetCol = new Map(target.fields.map((x) => [x.name, x.dbName ?? x.name]));
        const to = (f.relationToFields ?? []).map((n) => targetCol.get(n) ?? n);
        const onDelete = (f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")).toUpperCase();
        const onUpdate = (f.relationOnUpdate ?? "Cascade").toUpperCase();
        out.push(`fk ${table}_${from.join("_")}_fkey ${table}(${from}) -> ${tableOf.get(f.type)}(${to}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`);
      }
    }
    for (const idx of d.datamodel.indexes.filter((i) => i.model === m.name)) {
      const c = cols(idx.fields.map((f) => f.name));
      const suffix = { id: "pkey", unique: "key", normal: "idx" }[idx.type];
      if (!suffix) throw new Error(`extend expectedSchema() for ${idx.type} indexes`);
      const name = idx.dbName ?? (idx.type === "id" ? `${table}_pkey` : `${table}_${c.join("_")}_${suffix}`);
      out.push(`${idx.type === "id" ? "pk" : idx.type === "unique" ? "unique" : "index"} ${name} ${table}(${c})`);
    }
  }
  return out.sort();
};

const ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** The same lines read from the migrated database's catalog (the migrator's own table aside). */
const actualSchema = async (db: Database): Promise<string[]> => {
  const q = db.driver.query.bind(db.driver);
  const columns = await q<{ t: string; c: string; type: string; precision: number | null; nullable: string; def: string | null }>(
    `SELECT table_name AS t, column_name AS c, data_type AS type, datetime_precision AS precision, is_nullable AS nullable, column_default AS def
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
  );
  const indexes = await q<{ t: string; name: string; cols: string; pk: boolean; uniq: boolean }>(
    `SELECT t.relname AS t, i.relname AS name, ix.indisprimary AS pk, ix.indisunique AS uniq,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS cols
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> 'schema_migrations'`,
  );
  const fks = await q<{ name: string; t: string; cols: string; ref: string; refcols: string; del: string; upd: string }>(
    `SELECT c.conname AS name, t.relname AS t, r.relname AS ref, c.confdeltype AS del, c.confupdtype AS upd,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS cols,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS refcols
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return [
    ...columns.map(
      (c) =>
        `${c.t}.${c.c} ${c.type}${c.type.startsWith("timestamp") ? `(${c.precision})` : ""}${c.nullable === "NO" ? " NOT NULL" : ""}${c.def ? " DEFAULT" : ""}`,
    ),
    ...indexes.map((i) => `${i.pk ? "pk" : i.uniq ? "unique" : "index"} ${i.name} ${i.t}(${i.cols})`),
    ...fks.map((f) => `fk ${f.name} ${f.t}(${f.cols}) -> ${f.ref}(${f.refcols}) ON DELETE ${ACTIONS[f.del]} ON UPDATE ${ACTIONS[f.upd]}`),
  ].sort();
};

describe.each(targets)("database schema on %s", { timeout: DB_TIMEOUT }, (kind) => {
  let scratch: Scratch;
  const opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase(scratch.config);
    opened.push(db);
    return db;
  };

  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await scratch?.dispose();
  }, DB_TIMEOUT);

  it("the migrations produce exactly the schema that prisma/schema.prisma describes", async () => {
    scratch = await scratchDatabase(kind);
    const db = await open();
    const expected = expectedSchema(await dmmf());
    expect(expected.length).toBeGreaterThan(10);
    expect(await actualSchema(db)).toEqual(expected);
  });

  it("every model in schema.prisma makes a round trip through the generated client", async () => {
    scratch = await scratchDatabase(kind);
    const { prisma } = await open();
    const models = orderedByDependency((await dmmf()).datamodel.models);
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(["PolicySnapshot", "Share"]));
    const client = prisma as unknown as Record<string, Delegate>;
    const rows = new Map<string, Record<string, unknown>>();
    for (const m of models) {
      const delegate = client[m.name[0]!.toLowerCase() + m.name.slice(1)]!;
      const data = sampleRow(m, rows);
      const created = await delegate.create({ data });
      const where = Object.fromEntries(idFields(m).map((f) => [f, created[f]]));
      const read = await delegate.findUniqueOrThrow({ where });
      expect(read, m.name).toEqual({ ...created, ...data });
      rows.set(m.name, read);
    }
    for (const m of [...models].reverse()) {
      const delegate = client[m.name[0]!.toLowerCase() + m.name.slice(1)]!;
      await delegate.delete({ where: Object.fromEntries(idFields(m).map((f) => [f, rows.get(m.name)![f]])) });
      expect(await delegate.count(), m.name).toBe(0);
    }
  });

  it("a share cannot exist without the policy snapshot it was computed with", async () => {
    scratch = await scratchDatabase(kind);
    const { prisma } = await open();
    const snapshot = await prisma.policySnapshot.create({ data: { version: "x@0123456789abcdef", policyId: "x", data: {} } });
    await prisma.share.create({ data: { id: "A".repeat(22), policyId: "x", policyVersion: snapshot.version, request: {}, result: {} } });
    await expect(prisma.policySnapshot.delete({ where: { version: snapshot.version } })).rejects.toThrow();
    await expect(
      prisma.share.create({ data: { id: "B".repeat(22), policyId: "x", policyVersion: "x@nope", request: {}, result: {} } }),
    ).rejects.toThrow();
  });

  it("migrations are idempotent: reopening applies nothing and keeps the data", async () => {
    scratch = await scratchDatabase(kind);
    const first = await open();
    const files = await readMigrations();
    const recorded = await first.driver.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
    expect(recorded.map((r) => r.name)).toEqual(files.map((f) => f.name));
    await first.prisma.policySnapshot.create({ data: { version: "x@1", policyId: "x", data: {} } });
    expect(await migrate(first.driver, files)).toEqual([]);
    await first.close();
    opened.splice(0);
    const again = await open();
    expect(await again.prisma.policySnapshot.count()).toBe(1);
    expect(await migrate(again.driver, files)).toEqual([]);
  });

  it("refuses to start when an applied migration file was edited afterwards", async () => {
    scratch = await scratchDatabase(kind);
    const db = await open();
    const [m, ...rest] = await readMigrations();
    const edited = { ...m!, sql: `${m!.sql}\n-- edited`, checksum: "0".repeat(64) };
    await expect(migrate(db.driver, [edited, ...rest])).rejects.toThrow(/被修改过/);
  });

  it("a migration that fails leaves nothing half-applied", async () => {
    scratch = await scratchDatabase(kind);
    const db = await open();
    const broken = { name: "99999999999999_broken", sql: "CREATE TABLE half_done (id int); SELECT no_such_function();", checksum: "x" };
    await expect(migrate(db.driver, [...(await readMigrations()), broken])).rejects.toThrow();
    const left = await db.driver.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(left).toEqual([]);
    expect(await db.driver.query("SELECT 1 FROM schema_migrations WHERE name = $1", [broken.name])).toEqual([]);
  });

  if (kind === "postgres") {
    it("concurrent start-ups take turns: each migration runs exactly once", async () => {
      scratch = await scratchDatabase(kind);
      const url = (scratch.config as { url: string }).url;
      const drivers = await Promise.all([1, 2, 3].map(() => openPostgres(url)));
      try {
        const files = await readMigrations();
        const applied = await Promise.all(drivers.map((d) => migrate(d, files)));
        expect(applied.flat().sort()).toEqual(files.map((f) => f.name));
      } finally {
        await Promise.all(drivers.map((d) => d.close()));
      }
    });
  } else {
    it("PGlite refuses a data directory another live process has open, and takes over a dead one's", async () => {
      scratch = await scratchDatabase(kind);
      const dir = (scratch.config as { pgliteDir: string }).pgliteDir;
      await writeFile(join(dir, "app.pid"), String(process.ppid));
      await expect(openPglite(dir)).rejects.toThrow(/正被进程/);
      const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
      await writeFile(join(dir, "app.pid"), String(gone));
      const db = await openPglite(dir);
      expect(await readFile(join(dir, "app.pid"), "utf8")).toBe(String(process.pid));
      await db.close();
      expect(existsSync(join(dir, "app.pid"))).toBe(false);
    });

    it("PGlite keeps its data directory between instances", async () => {
      scratch = await scratchDatabase(kind);
      const dir = (scratch.config as { pgliteDir: string }).pgliteDir;
      const a = await openPglite(dir);
      await migrate(a, await readMigrations());
      await a.close();
      const b = await openPglite(dir);
      try {
        expect(await migrate(b, await readMigrations())).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }
});
