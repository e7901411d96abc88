import "server-only";
import type { Actor } from "../auth/session-user";
import { itemTitle, itemWhen } from "../cases/display";
import { getCase } from "../cases/queries";
import { ITEM_KINDS, KINDS } from "../records/kinds";

/** Fields of the person's own record that a citation can support, as coverage counts them. */
export const PROFILE_FIELDS = { bio: "Biography", occupation: "Occupation", citizenship: "Citizenship" } as const;

export type CitableFact = { value: string; label: string };

/**
 * Every fact of a case this actor may read, as choices for "attach this passage to…":
 * value "kind:id" (or "person:id:field" for the profile). Reading restricted items'
 * titles is audited, as on the case page.
 */
export async function citableFacts(actor: Actor, slug: string, ipAddress: string | null) {
  const record = await getCase(actor, slug, ipAddress, { audit: true, open: false });
  const facts: CitableFact[] = [];
  for (const [field, label] of Object.entries(PROFILE_FIELDS)) {
    if (record.person[field])
      facts.push({ value: `person:${record.person.id}:${field}`, label: `Profile: ${label.toLowerCase()}` });
  }
  // Citing a passage for the custody status confirms it: the public page dates the status by it.
  facts.push({ value: `person:${record.person.id}:status`, label: "Custody status (still held, or released)" });
  for (const kind of ITEM_KINDS) {
    for (const row of record.items[kind]) {
      const when = itemWhen(kind, row);
      const title = itemTitle(kind, row, record.facilities);
      const label = title === KINDS[kind].label ? title : `${KINDS[kind].label}: ${title}`;
      facts.push({ value: `${kind}:${row.id}`, label: `${label}${when ? ` (${when})` : ""}` });
    }
  }
  return {
    person: {
      id: record.person.id,
      slug: record.person.slug,
      displayName: record.person.displayName,
      deleted: Boolean(record.person.deletedAt),
    },
    facts,
  };
}
