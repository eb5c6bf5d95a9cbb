import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

/*
 * Prisma's schema engine (migrations, diffing) as WebAssembly, driven through our own pg adapter.
 * The Prisma CLI would download a native engine binary, which these machines cannot reach.
 * Facts this rests on: ../../../../docs/adr/0002-migration-runner.md.
 */

const require = createRequire(import.meta.url);

// PostgreSQL's internal one-byte type "char" (OID 18) appears in the catalog queries the engine
// runs to introspect a database (e.g. pg_constraint.contype). @prisma/adapter-pg cannot map it
// ("Column type 'char' could not be deserialized"), and reported as text the engine panics reading
// it "as char". So we let the adapter see text and then tell the engine the column is Character.
const CHAR_OID = 18;
const TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

interface PgResult {
  fields: Array<{ dataTypeID: number }>;
}
interface Queryable {
  performIO(query: unknown): Promise<PgResult>;
  executeScript?: (script: string) => Promise<void>;
  underlyingDriver?: () => { query(sql: string): Promise<unknown> };
  onError?: (error: unknown) => never;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
}

function patchQueryable<T extends Queryable>(target: T): T {
  const originalQueryRaw = target.queryRaw;
  target.queryRaw = async function queryRaw(this: Queryable, query: unknown) {
    const result = await this.performIO(query);
    const charColumns = result.fields.map((field) => field.dataTypeID === CHAR_OID);
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    const shim = Object.create(this) as Queryable;
    shim.performIO = () => Promise.resolve(result);
    const mapped = await originalQueryRaw.call(shim, query);
    mapped.columnTypes = mapped.columnTypes.map((type, index) => (charColumns[index] ? COLUMN_TYPE_CHARACTER : type));
    return mapped;
  };
  // @prisma/adapter-pg splits a migration script on every ";", which breaks dollar-quoted
  // function bodies (our search triggers). PostgreSQL's simple query protocol takes the whole
  // script at once, as one implicit transaction, which is what the native engine does too.
  if (target.executeScript && target.underlyingDriver) {
    target.executeScript = async function executeScript(this: Queryable, script: string) {
      try {
        await this.underlyingDriver!().query(script);
      } catch (error) {
        if (this.onError) this.onError(error);
        throw error;
      }
    };
  }
  const originalStart = target.startTransaction;
  if (originalStart) {
    target.startTransaction = async function startTransaction(this: Queryable, ...args: unknown[]) {
      return patchQueryable(await originalStart.apply(this, args));
    };
  }
  return target;
}

/** PrismaPg whose connections understand "char" columns. */
function catalogFriendlyAdapter(pool: pg.Pool): PrismaPg {
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchQueryable((await connect()) as unknown as Queryable) as never;
  return factory;
}

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm")> | undefined;

/** Instantiates the wasm-bindgen "bundler" build by hand: Node cannot import its entry point. */
function loadWasmModule(): Promise<typeof import("@prisma/schema-engine-wasm")> {
  wasmReady ??= (async () => {
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = (await import(path.join(packageDir, "schema_engine_bg.js"))) as Record<string, unknown> & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await fs.readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg as unknown as typeof import("@prisma/schema-engine-wasm");
  })();
  return wasmReady;
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** A schema engine connected to `url`, loaded with the datamodel `schema` (text of schema.prisma). */
export async function openSchemaEngine(url: string, schema: { path: string; content: string }, log: (message: string) => void = () => undefined): Promise<EngineHandle> {
  const wasm = await loadWasmModule();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(catalogFriendlyAdapter(pool));
  const engine = await wasm.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, (message: string) => log(message), adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end().catch(() => undefined);
    },
  };
}
