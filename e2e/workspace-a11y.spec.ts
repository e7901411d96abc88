import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./session";

// Caseworkers work all day in these forms, some with screen readers or the keyboard only.
// One test per page: eleven pages under axe in one test outgrew its 30 s on a loaded machine.
const pages = [
  "/workspace",
  "/workspace/prisoners/maria-kalesnikava",
  "/workspace/prisoners/maria-kalesnikava/items/relative/demo-maria-kalesnikava-relative-0",
  "/workspace/prisoners/maria-kalesnikava/items/sentence/new",
  "/workspace/prisoners/maria-kalesnikava/history",
  "/workspace/facilities",
  "/workspace/sources?type=NEWS",
  "/workspace/sources/demo-source-002",
  "/workspace/sources/demo-source-002/cite?quote=Kalesnikava%2C+a+key+opposition+figure&person=maria-kalesnikava",
  "/workspace/sources/demo-source-002/correct",
  "/workspace/sourcing",
];

for (const path of pages) {
  test(`workspace page ${path} has no detectable accessibility violations`, async ({ page, signedInAs }) => {
    await signedInAs("caseworker");
    await page.goto(path);
    // @axe-core/playwright types its Page from a second copy of playwright-core; same object at runtime.
    const results = await new AxeBuilder({
      page: page,
    }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  });
}
