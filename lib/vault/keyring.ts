// The key-encryption key (KEK): outside the database, in a key file or an environment
// variable. It only wraps and unwraps data keys, through a KMS-shaped interface, so a
// deployment can put a real key service behind `setKeyService()` without touching callers.
import fs from "node:fs";
import path from "node:path";
import { vaultEnv } from "../env";
import { decrypt, encrypt, KEY_BYTES, newKeyMaterial, Tampered } from "./envelope";

export interface KeyService {
  /** The version new data keys are wrapped with. */
  currentVersion(): Promise<number>;
  wrap(dataKey: Buffer, dataKeyId: string): Promise<{ kekVersion: number; wrapped: Buffer }>;
  /** Throws KeyProblem when the version is unknown or the key does not match. */
  unwrap(kekVersion: number, wrapped: Buffer, dataKeyId: string): Promise<Buffer>;
}

/** A missing, malformed or wrong key-encryption key: said plainly, without key material. */
export class KeyProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyProblem";
  }
}

export const DEMO_KEY_FILE = path.join(".data", "casebook.key");
const HELP = "See the README, section “The encryption key”.";

/** "version:base64" per line (or separated by commas in CASEBOOK_KEY); # starts a comment. */
export function parseKeyring(text: string, where: string): Map<number, Buffer> {
  const keys = new Map<number, Buffer>();
  for (const raw of text.split(/[\n,]/)) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const match = /^(\d{1,6}):([A-Za-z0-9+/=_-]+)$/.exec(line);
    const key = match?.[2] ? Buffer.from(match[2], "base64") : null;
    if (!match || !key || key.length !== KEY_BYTES)
      throw new KeyProblem(
        `${where} is not a Casebook key: each line must be "<version>:<32 bytes in base64>". ${HELP}`,
      );
    keys.set(Number(match[1]), key);
  }
  if (keys.size === 0) throw new KeyProblem(`${where} holds no key. ${HELP}`);
  return keys;
}

export const formatKeyLine = (version: number, key: Buffer) => `${version}:${key.toString("base64")}`;

/** Writes a new key file (mode 0600, never over an existing one). */
export function createKeyFile(file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const text = `# Casebook key-encryption key. Keep a copy somewhere safe: without it the restricted\n# values in the database and its backups cannot be read. Never put it in a backup.\n${formatKeyLine(1, newKeyMaterial())}\n`;
  fs.writeFileSync(file, text, { mode: 0o600, flag: "wx" });
}

/** The key file in use (null when the key comes from CASEBOOK_KEY). */
export function keyFilePath(): string | null {
  const { CASEBOOK_KEY, CASEBOOK_KEY_FILE, CASEBOOK_DEMO } = vaultEnv();
  if (CASEBOOK_KEY) return null;
  if (CASEBOOK_KEY_FILE) return CASEBOOK_KEY_FILE;
  if (CASEBOOK_DEMO === "1" || fs.existsSync(DEMO_KEY_FILE)) return DEMO_KEY_FILE;
  return null;
}

/** The local keyring: wraps with AES-256-GCM under the newest version, unwraps with any. */
export class LocalKeyService implements KeyService {
  private keys: Map<number, Buffer> | null = null;
  private stamp = "";

  private ring(): Map<number, Buffer> {
    const { CASEBOOK_KEY, CASEBOOK_DEMO } = vaultEnv();
    if (CASEBOOK_KEY) return (this.keys ??= parseKeyring(CASEBOOK_KEY, "CASEBOOK_KEY"));
    const file = keyFilePath();
    if (!file)
      throw new KeyProblem(
        `No encryption key: set CASEBOOK_KEY_FILE to the key file (or CASEBOOK_KEY to its contents). ${HELP}`,
      );
    if (!fs.existsSync(file)) {
      if (CASEBOOK_DEMO === "1" && file === DEMO_KEY_FILE) createKeyFile(file);
      else throw new KeyProblem(`The key file ${file} does not exist. ${HELP}`);
    }
    // A rotation (npm run keys:rotate) rewrites the file with a new version: a running app
    // notices (one stat per use) and wraps new data keys with it, without a restart.
    const stat = fs.statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (!this.keys || stamp !== this.stamp) {
      this.keys = parseKeyring(fs.readFileSync(file, "utf8"), `The key file ${file}`);
      this.stamp = stamp;
    }
    return this.keys;
  }

  async currentVersion() {
    return Math.max(...this.ring().keys());
  }

  async wrap(dataKey: Buffer, dataKeyId: string) {
    const kekVersion = await this.currentVersion();
    const kek = this.ring().get(kekVersion)!;
    return { kekVersion, wrapped: encrypt(kek, dataKey, wrapContext(dataKeyId, kekVersion)) };
  }

  async unwrap(kekVersion: number, wrapped: Buffer, dataKeyId: string) {
    const kek = this.ring().get(kekVersion);
    if (!kek)
      throw new KeyProblem(
        `The database holds data keys wrapped with key version ${kekVersion}, which the key in use lacks. ${HELP}`,
      );
    try {
      return decrypt(kek, wrapped, wrapContext(dataKeyId, kekVersion), "A data key");
    } catch (error) {
      if (error instanceof Tampered)
        throw new KeyProblem(
          `The encryption key (version ${kekVersion}) does not open this database's data keys: wrong key, or the key table was altered. ${HELP}`,
        );
      throw error;
    }
  }

  /** For rotation and retirement: the versions present. */
  versions(): number[] {
    return [...this.ring().keys()].sort((a, b) => a - b);
  }
}

const wrapContext = (dataKeyId: string, kekVersion: number) => `casebook-data-key:${dataKeyId}:${kekVersion}`;

let service: KeyService | undefined;

export function keyService(): KeyService {
  return (service ??= new LocalKeyService());
}

/** Plugs in another key service (a KMS), or resets to the local keyring with undefined. */
export function setKeyService(next: KeyService | undefined) {
  service = next;
}
