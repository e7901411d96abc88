// Driver adapter for the Prisma CLI's Wasm schema engine (never used by the app).
// @prisma/adapter-pg 6.19.3 needs four fixes before `migrate` works through it;
// each is described in ../shared/MACHINE-NOTES.md and docs/decisions/001-prisma-offline.md.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const PG_CHAR = 18; // the one-byte "char" type of pg_catalog
const PG_NAME = 19;
const PG_TEXT = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

type Field = { dataTypeID: number };
type IoResult = { fields: Field[]; rows: unknown[][] };
type Queryable = {
  performIO(query: unknown): Promise<IoResult>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
  client: { query(sql: string): Promise<unknown> };
};

let patched = false;

// Fix 1: catalog columns of type "char" and name cannot be mapped by the adapter.
// Fix 3: executeScript splits on every ';' (breaking $$ bodies and literals): send it whole.
function patchQueryable(adapter: object) {
  if (patched) return;
  patched = true;
  // queryRaw lives on PgQueryable (shared with transactions); executeScript on PrismaPgAdapter.
  const adapterProto = Object.getPrototypeOf(adapter) as Queryable;
  const proto = Object.getPrototypeOf(adapterProto) as Queryable;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(view)
  const originalQueryRaw = proto.queryRaw;
  proto.queryRaw = async function (this: Queryable, query: unknown) {
    const io = await this.performIO(query);
    const charColumns: number[] = [];
    io.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_NAME) field.dataTypeID = PG_TEXT;
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        charColumns.push(index);
      }
    });
    const view = Object.create(this, { performIO: { value: async () => io } }) as Queryable;
    const result = await originalQueryRaw.call(view, query);
    for (const index of charColumns) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  adapterProto.executeScript = async function (this: Queryable, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
}

function connectionParts(connectionString: string) {
  const url = new URL(connectionString);
  return {
    host: decodeURIComponent(url.hostname),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    allowExitOnIdle: true,
  };
}

class CliPrismaPg extends PrismaPg {
  constructor(private readonly parts: ReturnType<typeof connectionParts>) {
    super(parts);
  }

  override async connect() {
    const adapter = await super.connect();
    patchQueryable(adapter);
    return adapter;
  }

  // Fix 2: the stock version lets the URL's database win over the shadow name
  // (so the "shadow" is the main database) and drops it before closing its pool.
  override async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ ...this.parts, database: "postgres" });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg({ ...this.parts, database: name }).connect();
    patchQueryable(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client({ ...this.parts, database: "postgres" });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  }
}

// Fix 4: the Wasm engine arms 10 s and 60 s timers it never clears, which keeps the
// CLI alive for a minute after its work is done. Long timers must not hold the process.
function unrefLongTimers() {
  const original = globalThis.setTimeout;
  const wrapped = (...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if ((args[1] ?? 0) >= 5000) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(wrapped, original);
}

export function cliAdapter(connectionString: string) {
  unrefLongTimers();
  return new CliPrismaPg(connectionParts(connectionString));
}
