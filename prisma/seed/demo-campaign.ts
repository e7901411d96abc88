// The demo Write for Rights campaign, built from the seeded cases the sources report as
// still held. Summaries and guidance are the organiser's words; the case facts they rest
// on are cited on the case pages. Tallies are example figures for the demo group.
export const demoCampaign = {
  id: "demo-campaign-w4r-2026",
  slug: "write-for-rights-2026-belarus",
  name: "Write for Rights 2026: Belarus",
  year: 2026,
  startDate: new Date("2026-11-20T00:00:00Z"),
  endDate: new Date("2026-12-31T00:00:00Z"),
  languages: ["en", "be", "ru"],
  published: true,
  goal: 500,
  // The organiser's own words, in the three languages of the materials: no fact about a case.
  sampleLetters: [
    {
      id: "demo-sample-en",
      language: "en",
      body: "Dear friend,\nWe are a small group of letter writers, and we think of you often. Here the first snow has fallen, and the children built a snowman by the library.\nWe hope this card brings you a little warmth. Take care of yourself.\nWith warm wishes,\nthe Demo group",
    },
    {
      id: "demo-sample-be",
      language: "be",
      body: "Добры дзень!\nМы невялікая група людзей, якія пішуць лісты, і часта думаем пра вас. У нас выпаў першы снег, і дзеці зляпілі снегавіка каля бібліятэкі.\nСпадзяёмся, што гэтая паштоўка прынясе вам крыху цяпла. Беражыце сябе.\nЗ цёплымі пажаданнямі,\nДэма-група",
    },
    {
      id: "demo-sample-ru",
      language: "ru",
      body: "Здравствуйте!\nМы небольшая группа людей, которые пишут письма, и часто думаем о вас. У нас выпал первый снег, и дети слепили снеговика у библиотеки.\nНадеемся, что эта открытка принесёт вам немного тепла. Берегите себя.\nС тёплыми пожеланиями,\nДемо-группа",
    },
  ],
  description:
    "Every December, letters from strangers tell political prisoners they are not forgotten, and tell those who hold them that the world is watching. Write a card to each person below, and a polite letter to the authorities asking for their release.",
  cases: [
    {
      id: "demo-campaign-case-znak",
      personId: "demo-maksim-znak",
      appealSummary:
        "Maksim Znak, a close associate of Maria Kalesnikava, was detained with her in September 2020. Write to him, and ask for his release.",
      targetAuthority: "Prosecutor General of the Republic of Belarus",
      targetAddress: "vul. Internacyjanalnaja 22\n220030 Minsk\nBelarus",
      letterGuidance:
        "Write in Belarusian, Russian or English. Keep to personal news, books, music and the weather. Do not mention politics or his case: such letters are withheld.",
      letterLanguages: ["be", "ru", "en"],
      tallies: [
        {
          id: "demo-tally-znak-1",
          actionType: "LETTER" as const,
          count: 48,
          groupName: "Demo group",
          date: new Date("2026-11-21T00:00:00Z"),
        },
      ],
    },
    {
      id: "demo-campaign-case-tsikhanouski",
      personId: "demo-syarhey-tsikhanouski",
      appealSummary:
        "Syarhey Tsikhanouski, husband of the exiled opposition leader Sviatlana Tsikhanouskaya, was reported still imprisoned in September 2024. Write to him, and ask for his release.",
      targetAuthority: "Prosecutor General of the Republic of Belarus",
      targetAddress: "vul. Internacyjanalnaja 22\n220030 Minsk\nBelarus",
      letterGuidance:
        "Write in Belarusian, Russian or English. Send greetings and pictures; avoid politics and his case.",
      letterLanguages: ["be", "ru", "en"],
      tallies: [
        {
          id: "demo-tally-tsikhanouski-1",
          actionType: "CARD" as const,
          count: 35,
          groupName: "Demo group",
          date: new Date("2026-11-21T00:00:00Z"),
        },
      ],
    },
  ],
};
