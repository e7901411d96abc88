// `npm run user:create -- --email admin@example.org --role admin [--name "…"]`
// Creates an account on a production install (the first admin, typically). The password
// is asked for on a terminal, or read from stdin when piped: never from the command line,
// where it would end up in shell history and the process list.
import { hash } from "@node-rs/argon2";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { newUserSchema } from "../lib/users/schemas";
import { withDatabase } from "./lib/database";

const { values: args } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Do not echo what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stdout.write("Password (at least 12 characters): ");
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

const password = await readPassword();
const parsed = newUserSchema.safeParse({
  email: args.email ?? "",
  role: (args.role ?? "").toUpperCase(),
  name: args.name ?? args.email?.split("@")[0] ?? "",
  password,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${String(issue.path[0])}: ${issue.message}`);
  console.error(
    'Usage: npm run user:create -- --email you@example.org --role admin|caseworker|campaigner [--name "Your Name"]',
  );
  process.exit(1);
}

await withDatabase(async (url) => {
  const db = createPrismaClient(url, 1);
  try {
    const { password: plain, ...account } = parsed.data;
    if (await db.user.findUnique({ where: { email: account.email } })) {
      console.error(`An account for ${account.email} already exists.`);
      process.exitCode = 1;
      return;
    }
    await db.user.create({ data: { ...account, passwordHash: await hash(plain) } });
    console.log(`Created ${account.role.toLowerCase()} ${account.email}.`);
  } finally {
    await db.$disconnect();
  }
});
