// Reads the source tree's imports and server actions, for the boundary tests
// (tests/architecture/) and `npm run deps:graph`. Pure functions over file texts, so the
// tests can also prove each rule fails on a deliberately wrong file.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type SourceFiles = Map<string, string>; // repository-relative path → text

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(["node_modules", ".next", ".data", "generated", "test-results", "playwright-report"]);

export function readSourceTree(root: string, folders = ["app", "components", "lib"]): SourceFiles {
  const files: SourceFiles = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (SOURCE.test(entry.name)) files.set(relative, fs.readFileSync(path.join(root, relative), "utf8"));
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) walk(folder);
  return files;
}

/** Every module a file imports or re-exports, statically or with import(). */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile("file.tsx", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A specifier as a repository path without extension ("lib/db"), or the package name. */
export function resolveSpecifier(fromFile: string, specifier: string): string {
  const bare = specifier.replace(/\.(ts|tsx|js)$/, "");
  if (bare.startsWith("@/")) return bare.slice(2);
  if (bare.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), bare));
  return bare;
}

export type Violation = { file: string; message: string };

const DATABASE = [/^lib\/db$/, /^lib\/db\//, /^lib\/generated\//, /(^|\/)generated\/prisma(\/|$)/, /^@prisma\//];

/** app/ and components/ never reach the database client; components never import app/. */
export function importViolations(files: SourceFiles): Violation[] {
  const violations: Violation[] = [];
  for (const [file, text] of files) {
    const layer = file.split("/")[0];
    if (layer !== "app" && layer !== "components") continue;
    for (const specifier of importSpecifiers(text)) {
      const target = resolveSpecifier(file, specifier);
      if (DATABASE.some((pattern) => pattern.test(target)))
        violations.push({
          file,
          message: `imports the database client (${specifier}): only lib/ touches the database`,
        });
      if (layer === "components" && (target === "app" || target.startsWith("app/")))
        violations.push({ file, message: `imports from app/ (${specifier}): components never import routes` });
    }
  }
  return violations;
}

/** lib/<folder> → the lib folders it imports ("db" for lib/db.ts and lib/db/). */
export function libFolderGraph(files: SourceFiles): Map<string, Set<string>> {
  const folderOf = (p: string) => {
    const rest = p.slice("lib/".length).split("/");
    return (rest.length === 1 ? (rest[0] ?? "").replace(/\.(ts|tsx)$/, "") : rest[0]) ?? "";
  };
  const graph = new Map<string, Set<string>>();
  for (const [file, text] of files) {
    if (!file.startsWith("lib/")) continue;
    const from = folderOf(file);
    if (from === "generated") continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const specifier of importSpecifiers(text)) {
      const target = resolveSpecifier(file, specifier);
      if (!target.startsWith("lib/")) continue;
      const to = folderOf(target);
      if (to !== from && to !== "generated") edges.add(to);
    }
  }
  return graph;
}

/** Groups of folders that import each other in a ring (Tarjan's strongly connected components). */
export function folderCycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indexOf.has(node)) connect(node);
  return cycles;
}

// Functions that establish who is acting: each ends the request (redirect to /login)
// when nobody is signed in, or acts only on the signed-in user's own session.
const AUTHENTICATORS = new Set(["requireUser", "currentActor", "signOutEverywhere"]);

/** Every exported function of a "use server" file authenticates in its first statement. */
export function serverActionViolations(files: SourceFiles): Violation[] {
  const violations: Violation[] = [];
  for (const [file, text] of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const first = source.statements[0];
    const isServerFile =
      first &&
      ts.isExpressionStatement(first) &&
      ts.isStringLiteral(first.expression) &&
      first.expression.text === "use server";
    if (!isServerFile) continue;
    const localAuthenticators = new Set(AUTHENTICATORS);
    const functions = source.statements.filter(ts.isFunctionDeclaration);
    // A file's own helper counts when its first statement authenticates (two-factor's actor()).
    for (const fn of functions)
      if (fn.name && !isExported(fn) && authenticatesFirst(fn, localAuthenticators))
        localAuthenticators.add(fn.name.text);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue; // erased
      if (!ts.isFunctionDeclaration(statement)) {
        violations.push({ file, message: `exports something other than a function from a "use server" file` });
        continue;
      }
      const name = statement.name?.text ?? "default";
      if (!authenticatesFirst(statement, localAuthenticators))
        violations.push({
          file,
          message: `server action ${name}() does not authenticate first: its first statement must await requireUser()`,
        });
    }
  }
  return violations;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function authenticatesFirst(fn: ts.FunctionDeclaration, authenticators: Set<string>): boolean {
  const first = fn.body?.statements[0];
  if (!first) return false;
  let found = false;
  const visit = (node: ts.Node) => {
    if (
      ts.isAwaitExpression(node) &&
      ts.isCallExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      authenticators.has(node.expression.expression.text)
    )
      found = true;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(first);
  return found;
}
