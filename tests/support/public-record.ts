// A public record (public_person.record) for unit tests of code that reads one: the given
// parts over an empty published person, checked by the same schema the app parses with.
import { parsePublicRecord, type PublicRecord } from "../../lib/public/record";

type Parts = Partial<Omit<PublicRecord, "person">> & { person?: Partial<PublicRecord["person"]> };

export function publicRecord({ person, ...parts }: Parts = {}): PublicRecord {
  return parsePublicRecord({
    person: {
      id: "person-1",
      slug: "test-person",
      displayName: "Test Person",
      gender: "UNKNOWN",
      birthDate: null,
      birthDatePrecision: null,
      occupation: null,
      region: null,
      citizenship: null,
      bio: null,
      photoUrl: null,
      interests: null,
      publishedAt: null,
      ...person,
    },
    names: [],
    prosecutions: [],
    detentions: [],
    placements: [],
    conditions: [],
    relatives: [],
    familyContacts: [],
    lawyers: [],
    healthNotes: [],
    designations: [],
    timeline: [],
    citations: [],
    ...parts,
  });
}
