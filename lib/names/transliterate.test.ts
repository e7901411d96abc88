import { describe, expect, it } from "vitest";
import { beBgn, beLacinka, beNational, bePassport, ruBgn, ruPassport, searchKeyCyrillic } from "./systems";
import { transliterate } from "./transliterate";

// Expected spellings are the ones in the demo articles and in official and press use.
describe("Belarusian national system", () => {
  it.each([
    ["Марыя Калеснікава", "Maryja Kaliesnikava"],
    ["Алесь Бяляцкі", "Alieś Bialiacki"],
    ["Лепель", "Liepieĺ"],
    ["Сяргей Ціханоўскі", "Siarhiej Cichanoŭski"],
    ["Віктар Бабарыка", "Viktar Babaryka"],
  ])("%s → %s", (cyrillic, latin) => expect(transliterate(cyrillic, beNational)).toBe(latin));
});

describe("Belarusian passport and press spelling", () => {
  it.each([
    ["Калеснікава", "Kalesnikava"],
    ["Бяляцкі", "Bialiatski"],
    ["Ціханоўскі", "Tsikhanouski"],
    ["Максім Знак", "Maksim Znak"],
    ["Сяргей", "Siarhey"],
    ["Алесь", "Ales"],
  ])("%s → %s", (cyrillic, latin) => expect(transliterate(cyrillic, bePassport)).toBe(latin));
});

describe("BGN/PCGN Belarusian", () => {
  it.each([
    ["Сяргей Ціханоўскі", "Syarhey Tsikhanowski"],
    ["Бяляцкі", "Byalyatski"],
  ])("%s → %s", (cyrillic, latin) => expect(transliterate(cyrillic, beBgn)).toBe(latin));
});

describe("Łacinka", () => {
  it.each([
    ["Алесь Бяляцкі", "Aleś Bialacki"],
    ["Калеснікава", "Kalesnikava"],
    ["Лукашэнка", "Łukašenka"],
  ])("%s → %s", (cyrillic, latin) => expect(transliterate(cyrillic, beLacinka)).toBe(latin));
});

describe("Russian", () => {
  it.each([
    ["Мария Колесникова", "Mariya Kolesnikova", "Maria Kolesnikova"],
    ["Алесь Беляцкий", "Ales' Belyatskiy", "Ales Belyatsky"],
    ["Сергей Тихановский", "Sergey Tikhanovskiy", "Sergey Tikhanovsky"],
  ])("%s → BGN %s, press %s", (cyrillic, bgn, press) => {
    expect(transliterate(cyrillic, ruBgn)).toBe(bgn);
    expect(transliterate(cyrillic, ruPassport)).toBe(press);
  });

  it("keeps capitals of all-caps words and passes Latin text through", () => {
    expect(transliterate("ШУРА Smith", ruPassport)).toBe("SHURA Smith");
  });
});

describe("search key romanisation (both alphabets)", () => {
  it.each([
    ["Калеснікава", "Kalesnikava"],
    ["Колесникова", "Kolesnikova"],
    ["Мария", "Mariya"],
    ["Щука", "Shchuka"],
    ["Ціханоўскі", "Tsikhanouski"],
  ])("%s → %s", (cyrillic, latin) => expect(transliterate(cyrillic, searchKeyCyrillic)).toBe(latin));
});
