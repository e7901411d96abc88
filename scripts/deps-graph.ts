// `npm run deps:graph`: the lib/ folder dependency graph as Graphviz DOT (pipe it to
// `dot -Tsvg`), followed by any cycles on stderr. The boundary test requires none.
import path from "node:path";
import { folderCycles, libFolderGraph, readSourceTree } from "./lib/architecture";

const graph = libFolderGraph(readSourceTree(path.resolve(import.meta.dirname, ".."), ["lib"]));
const lines = ["digraph lib {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"];
for (const [from, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b)))
  for (const to of [...targets].sort()) lines.push(`  "${from}" -> "${to}";`);
lines.push("}");
console.log(lines.join("\n"));
const cycles = folderCycles(graph);
console.error(cycles.length === 0 ? "no cycles" : `cycles: ${cycles.map((c) => c.join(" ↔ ")).join("; ")}`);
process.exitCode = cycles.length === 0 ? 0 : 1;
