// The architecture as rules a test enforces (docs/decisions/011): only lib/ touches the
// database, components never import routes, lib/ folders import each other without rings,
// and every server action authenticates before anything else. Each rule is also run on
// a deliberately wrong file, so a rule that silently stopped matching would fail here.
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  folderCycles,
  importViolations,
  libFolderGraph,
  readSourceTree,
  serverActionViolations,
  type SourceFiles,
} from "../../scripts/lib/architecture";

const tree = readSourceTree(path.resolve(import.meta.dirname, "../.."));
const withFile = (file: string, text: string): SourceFiles => new Map([...tree, [file, text]]);

describe("import boundaries", () => {
  it("reads the whole tree", () => {
    expect([...tree.keys()].filter((f) => f.startsWith("app/")).length).toBeGreaterThan(50);
    expect([...tree.keys()].filter((f) => f.startsWith("lib/")).length).toBeGreaterThan(100);
  });

  it("app/ and components/ never import the database client; components never import app/", () => {
    expect(importViolations(tree)).toEqual([]);
  });

  it("catches a page that imports the database client, and a component that imports a route", () => {
    const wrong = withFile("components/public/bad.tsx", 'import { db } from "@/lib/db";\nimport x from "@/app/page";');
    expect(importViolations(wrong).map((v) => v.message)).toEqual([
      "imports the database client (@/lib/db): only lib/ touches the database",
      "imports from app/ (@/app/page): components never import routes",
    ]);
    const page = withFile("app/x/page.tsx", 'import type { User } from "../../lib/generated/prisma/client";');
    expect(importViolations(page)).toHaveLength(1);
  });
});

describe("lib/ folders", () => {
  it("import each other without cycles", () => {
    expect(folderCycles(libFolderGraph(tree))).toEqual([]);
  });

  it("catches a cycle between two folders", () => {
    const wrong = withFile("lib/audit/bad.ts", 'import { createPerson } from "../cases/mutations";');
    const cycles = folderCycles(libFolderGraph(wrong));
    expect(cycles.some((ring) => ring.includes("audit") && ring.includes("cases"))).toBe(true);
  });
});

describe("server actions", () => {
  it("every exported function of a 'use server' file authenticates first", () => {
    expect(serverActionViolations(tree)).toEqual([]);
  });

  it("catches an action that does work before authenticating, and one that never does", () => {
    const wrong = withFile(
      "app/workspace/bad/actions.ts",
      `"use server";
import { requireUser } from "@/lib/auth/session";
import { deleteEverything } from "../../lib/cases/mutations";
export async function late(form: FormData) {
  await deleteEverything(String(form.get("id")));
  const actor = await requireUser();
}
export async function never() {
  return 1;
}
export async function fine() {
  const actor = await requireUser();
}`,
    );
    expect(serverActionViolations(wrong)).toEqual([
      {
        file: "app/workspace/bad/actions.ts",
        message: "server action late() does not authenticate first: its first statement must await requireUser()",
      },
      {
        file: "app/workspace/bad/actions.ts",
        message: "server action never() does not authenticate first: its first statement must await requireUser()",
      },
    ]);
  });
});
