import { describe, expect, it } from "vitest";
import { personJsonLd } from "./json-ld";
import { publicRecord } from "../../tests/support/public-record";

const name = (id: string, text: string, script: "LATN" | "CYRL") => ({ id, text, script, language: "be", kind: "NATIVE", isPrimary: false });
const record = publicRecord({
  person: { displayName: "Maria Kalesnikava", gender: "FEMALE", birthDate: "1982-04-01", birthDatePrecision: "MONTH", photoUrl: null, occupation: "Flautist </script>" },
  names: [name("n1", "Maria Kalesnikava", "LATN"), name("n2", "Марыя Калеснікава", "CYRL")],
});

describe("schema.org Person", () => {
  it("carries name, other spellings, birth date to its precision and gender, and cannot close its script tag", () => {
    const json = personJsonLd(record);
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toMatchObject({
      "@type": "Person", name: "Maria Kalesnikava", alternateName: ["Марыя Калеснікава"], birthDate: "1982-04", gender: "https://schema.org/Female",
    });
    expect(JSON.parse(json)).not.toHaveProperty("image");
  });
});
