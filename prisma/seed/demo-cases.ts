// The demo cases, built only from what the five articles say. Every fact carries at
// least one citation whose quote is an exact passage of its source; the loader and a
// database trigger both refuse a quote that is not. Where a text gives no date, none
// is stored; where it gives a month or a year, that precision is kept.
import type { SourceKey } from "./sources";

export type Cite = { source: SourceKey; quote: string; field?: string };
type Dated = { date: string; approximate?: boolean };
type Visibility = "PUBLIC" | "INTERNAL" | "RESTRICTED";

export type DemoCase = {
  slug: string;
  displayName: string;
  sortName: string;
  published: boolean;
  gender?: "FEMALE" | "MALE";
  occupation?: string;
  citizenship?: string;
  bio?: string;
  internalNote?: string;
  personCites: Cite[];
  names: {
    text: string;
    script: "LATN" | "CYRL";
    language: string;
    kind: "NATIVE" | "TRANSLITERATION" | "PRESS" | "OTHER";
    isPrimary?: boolean;
    cites: Cite[];
  }[];
  prosecutions?: {
    status: "PRE_TRIAL" | "CONVICTED" | "RELEASED";
    summary?: string;
    cites: Cite[];
    charges?: { description: string; cites: Cite[] }[];
    sentences?: { termMonths: number; cites: Cite[] }[];
  }[];
  detentions?: {
    kind: "ARREST" | "ABDUCTION" | "FORCED_DISAPPEARANCE";
    arrest?: Dated;
    release?: Dated;
    released: boolean;
    releaseType?: "NEGOTIATED_RELEASE";
    internalNote?: string;
    cites: Cite[];
  }[];
  conditions?: {
    kind: "SOLITARY_CONFINEMENT" | "INCOMMUNICADO" | "DENIED_MEDICAL_CARE";
    start?: Dated;
    end?: Dated;
    description: string;
    cites: Cite[];
  }[];
  relatives?: {
    key: string;
    name: string;
    relation: string;
    visibility: Visibility;
    contactDetails?: string;
    cites: Cite[];
  }[];
  familyContacts?: {
    kind: "VISIT" | "NONE_SINCE";
    relative?: string;
    date: Dated;
    note: string;
    visibility: Visibility;
    cites: Cite[];
  }[];
  lawyers?: { lawyerName: string; status: "DISBARRED"; note: string; cites: Cite[] }[];
  healthNotes?: { date: Dated; text: string; cites: Cite[] }[];
  designations?: { organisation: string; kind: "PRISONER_OF_CONSCIENCE"; criteria: string; cites: Cite[] }[];
  timeline?: {
    type: string;
    date: Dated;
    title: string;
    text?: string;
    visibility: Visibility;
    internalNote?: string;
    cites: Cite[];
  }[];
};

const releaseNegotiations: Cite = {
  source: "a004",
  quote:
    "Negotiations led by the U.S. culminated in a two-day visit to Minsk by Donald Trump’s special envoy, John Coale, resulting in the release of these prisoners",
};

export const demoCases: DemoCase[] = [
  {
    slug: "maria-kalesnikava",
    displayName: "Maria Kalesnikava",
    sortName: "Kalesnikava, Maria",
    published: true,
    gender: "FEMALE",
    occupation: "Musician (flautist), protest leader",
    citizenship: "Belarus",
    bio: "Musician and one of the three women who led the 2020 electoral challenge to Alexander Lukashenko. Forcibly disappeared in September 2020, she tore up her passport rather than be expelled, and was sentenced to 11 years. Released in December 2025.",
    personCites: [
      { source: "a003", field: "gender", quote: "Maryia Kalesnikava formed an all-female trio" },
      { source: "a000", field: "occupation", quote: "Kalesnikava, 43, a flautist who previously lived in Germany" },
      {
        source: "a003",
        field: "occupation",
        quote: "Maryia Kalesnikava is a prominent political activist, protest leader and musician",
      },
      { source: "a003", field: "citizenship", quote: "jailed Belarusian dissident Maria Kalesnikava" },
      {
        source: "a003",
        field: "bio",
        quote:
          "Together with Svyatlana Tsikhanouskaya and Veranika Tsapkala, Maryia Kalesnikava formed an all-female trio who led an electoral challenge to, and galvanized mass protest vote against, the incumbent Alyaksandr Lukashenka.",
      },
    ],
    names: [
      {
        text: "Maria Kalesnikava",
        script: "LATN",
        language: "en",
        kind: "PRESS",
        isPrimary: true,
        cites: [{ source: "a000", quote: "Maria Kalesnikava, a prominent figure in the Belarusian opposition" }],
      },
      {
        text: "Maryia Kalesnikava",
        script: "LATN",
        language: "be",
        kind: "TRANSLITERATION",
        cites: [{ source: "a003", quote: "Maryia Kalesnikava was forcibly disappeared on 7 September 2020." }],
      },
      {
        text: "Maryia Kalesnikova",
        script: "LATN",
        language: "en",
        kind: "PRESS",
        cites: [{ source: "a003", quote: "Maryia Kalesnikova’s family last heard from her in February 2023." }],
      },
      {
        text: "Maria Kolesnikova",
        script: "LATN",
        language: "ru",
        kind: "TRANSLITERATION",
        cites: [
          {
            source: "a004",
            quote: "Maria Kolesnikova, the protest leader with a famous red-lipsticked smile, was on the release list.",
          },
        ],
      },
      // The native forms of the names the articles print in Latin letters.
      {
        text: "Марыя Калеснікава",
        script: "CYRL",
        language: "be",
        kind: "NATIVE",
        cites: [{ source: "a003", quote: "Maryia Kalesnikava is a prominent political activist" }],
      },
      {
        text: "Мария Колесникова",
        script: "CYRL",
        language: "ru",
        kind: "NATIVE",
        cites: [{ source: "a001", quote: "Maria Kolesnikova is a prominent Belarusian opposition leader" }],
      },
    ],
    prosecutions: [
      {
        status: "RELEASED",
        summary:
          "Convicted in a closed trial of crimes against the state and sentenced to 11 years; released in December 2025.",
        cites: [{ source: "a003", quote: "later convicted in closed trial of crimes against the state" }],
        charges: [
          {
            description: "Crimes against the state (the articles of the criminal code are not named in the sources)",
            cites: [{ source: "a003", quote: "later convicted in closed trial of crimes against the state" }],
          },
        ],
        sentences: [
          {
            termMonths: 132,
            cites: [{ source: "a000", quote: "Despite being sentenced to 11 years on dubious charges" }],
          },
        ],
      },
    ],
    detentions: [
      {
        kind: "FORCED_DISAPPEARANCE",
        arrest: { date: "2020-09-07" },
        release: { date: "2025-12" },
        released: true,
        releaseType: "NEGOTIATED_RELEASE",
        cites: [
          { source: "a003", quote: "Maryia Kalesnikava was forcibly disappeared on 7 September 2020." },
          {
            source: "a000",
            quote:
              "was released from prison along with 122 other detainees following negotiations mediated by John Coale",
          },
        ],
      },
    ],
    conditions: [
      {
        kind: "INCOMMUNICADO",
        start: { date: "2023-02" },
        end: { date: "2024" },
        description: "No calls, visits or letters after February 2023, until she was allowed to meet her father.",
        cites: [
          { source: "a003", quote: "Since then, she has not been allowed calls, visits or even letters." },
          {
            source: "a003",
            quote:
              "was permitted to meet her father on Tuesday, the first time any picture of her has been seen in well over a year",
          },
        ],
      },
      {
        kind: "SOLITARY_CONFINEMENT",
        description: "Prolonged solitary confinement; the sources give no dates.",
        cites: [
          { source: "a003", quote: "prolonged solitary confinement" },
          {
            source: "a000",
            quote:
              "she reportedly endured harsh conditions, including solitary confinement and insufficient medical care",
          },
        ],
      },
      {
        kind: "DENIED_MEDICAL_CARE",
        description: "Denied proper medical care and nutrition.",
        cites: [
          { source: "a003", quote: "denial of medical care" },
          {
            source: "a002",
            quote:
              "is reportedly being held in harsh conditions with limited access to proper nutrition and medical care",
          },
        ],
      },
    ],
    relatives: [
      {
        key: "sister",
        name: "Tatsiana Khomich",
        relation: "sister",
        visibility: "PUBLIC",
        // A test fixture, not from the articles: proves restricted contact details never leave the workspace.
        contactDetails: "CANARY-RESTRICTED demo placeholder, not a real contact: +000 00 000 0000",
        cites: [{ source: "a002", quote: "according to her sister Tatsiana Khomich" }],
      },
    ],
    familyContacts: [
      {
        kind: "NONE_SINCE",
        date: { date: "2023-02" },
        note: "Last news from her; no calls, visits or letters allowed afterwards.",
        visibility: "PUBLIC",
        cites: [{ source: "a003", quote: "Maryia Kalesnikova’s family last heard from her in February 2023." }],
      },
      {
        kind: "VISIT",
        date: { date: "2024" },
        note: "Allowed to meet her father.",
        visibility: "PUBLIC",
        cites: [{ source: "a003", quote: "was permitted to meet her father on Tuesday" }],
      },
    ],
    lawyers: ["Aliaksandr Pylchenka", "Liudmila Kazak", "Uladzimir Pylchenka"].map((lawyerName) => ({
      lawyerName,
      status: "DISBARRED" as const,
      note: "Disbarred in retaliation for representing her.",
      cites: [
        {
          source: "a003" as const,
          quote:
            "arbitrarily disbarring three lawyers in retaliation for representing Maryia Kalesnikova: Aliaksandr Pylchenka, Liudmila Kazak, and Uladzimir Pylchenka",
        },
      ],
    })),
    healthNotes: [
      {
        date: { date: "2024-09-13" },
        text: "Her sister reports that her health is rapidly declining, with limited access to proper nutrition and medical care.",
        cites: [
          {
            source: "a002",
            quote:
              "the health of Maria Kalesnikava, a key opposition figure, is rapidly declining in prison, according to her sister Tatsiana Khomich",
          },
        ],
      },
    ],
    designations: [
      {
        organisation: "Amnesty International",
        kind: "PRISONER_OF_CONSCIENCE",
        criteria:
          "Highlighted by Amnesty International UK as a prisoner of conscience in its Write for Rights campaign.",
        cites: [
          {
            source: "a003",
            quote: "Maria is one of the four special prisoners of conscience whose cases we are highlighting",
          },
        ],
      },
    ],
    timeline: [
      {
        type: "OTHER",
        date: { date: "2020-08" },
        title: "Becomes the highest-profile opposition figure in Belarus",
        text: "After Sviatlana Tsikhanouskaya was forced into exile on 10 August 2020, she stayed in Belarus and led peaceful protests.",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a003",
            quote:
              "Following Svyatlana Tsikhanouskaya’s forced exile on 10 August 2020, Maryia Kalesnikava emerged as the highest-profile opposition figure in Belarus.",
          },
        ],
      },
      {
        type: "ABDUCTION",
        date: { date: "2020-09-07" },
        title: "Forcibly disappeared; refuses to be expelled",
        text: "Abducted by law enforcement officers and taken to the border with Ukraine, she refused to leave Belarus and tore up her passport.",
        visibility: "PUBLIC",
        cites: [
          { source: "a003", quote: "Maryia Kalesnikava was forcibly disappeared on 7 September 2020." },
          {
            source: "a003",
            quote:
              "she was abducted by law enforcement officers and taken to the border with Ukraine where she refused to leave Belarus and tore her passport in protest",
          },
        ],
      },
      {
        type: "CHARGE",
        date: { date: "2020-09" },
        title: "Detained as a criminal suspect with Maksim Znak",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a003",
            quote:
              "She was then placed in detention as a criminal suspect together with her close associate Maksim Znak",
          },
        ],
      },
      {
        type: "CONDITION_START",
        date: { date: "2023-02" },
        title: "Cut off from her family: held incommunicado",
        text: "Her family last heard from her in February 2023. After that she was allowed no calls, visits or letters.",
        visibility: "PUBLIC",
        cites: [
          { source: "a003", quote: "Maryia Kalesnikova’s family last heard from her in February 2023." },
          { source: "a003", quote: "Since then, she has not been allowed calls, visits or even letters." },
        ],
      },
      {
        type: "HEALTH",
        date: { date: "2024-09-13" },
        title: "Sister reports her health is rapidly declining",
        visibility: "INTERNAL",
        internalNote: "Kept internal with the health note until the family agrees to publish.",
        cites: [
          {
            source: "a002",
            quote: "the health of Maria Kalesnikava, a key opposition figure, is rapidly declining in prison",
          },
        ],
      },
      {
        type: "FAMILY_CONTACT",
        date: { date: "2024" },
        title: "Allowed to meet her father",
        text: "The first picture of her in well over a year, seen as an easing of her isolation.",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a003",
            quote:
              "was permitted to meet her father on Tuesday, the first time any picture of her has been seen in well over a year",
          },
        ],
      },
      {
        type: "RELEASE",
        date: { date: "2025-12" },
        title: "Released with 122 other prisoners after US-mediated negotiations",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a000",
            quote:
              "was released from prison along with 122 other detainees following negotiations mediated by John Coale",
          },
          {
            source: "a004",
            quote: "Maria Kolesnikova, the protest leader with a famous red-lipsticked smile, was on the release list.",
          },
        ],
      },
      {
        type: "STATEMENT",
        date: { date: "2025-12" },
        title: "“A feeling of incredible happiness”",
        text: "On release: “It's a feeling of incredible happiness to see those who are dear to me, to hug them and realise we are all free.”",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a004",
            quote:
              "It's a feeling of incredible happiness to see those who are dear to me, to hug them and realise we are all free, Kolesnikova said",
          },
        ],
      },
    ],
  },
  {
    slug: "ales-bialiatski",
    displayName: "Ales Bialiatski",
    sortName: "Bialiatski, Ales",
    published: true,
    gender: "MALE",
    occupation: "Human rights defender, head of Viasna",
    bio: "Nobel Peace Prize laureate and head of the Viasna human rights organisation, which monitors political detentions in Belarus. Released in December 2025 from a 10-year sentence.",
    personCites: [
      {
        source: "a001",
        field: "gender",
        quote: "His work with Viasna, an organization dedicated to monitoring political detentions",
      },
      {
        source: "a001",
        field: "occupation",
        quote: "Ales Bialiatski, a Nobel Peace Prize laureate and head of the Viasna human rights organization",
      },
      {
        source: "a004",
        field: "bio",
        quote: "The Nobel Peace Prize winner Ales Bialiatski has also been released from a 10-year sentence.",
      },
    ],
    names: [
      {
        text: "Ales Bialiatski",
        script: "LATN",
        language: "be",
        kind: "TRANSLITERATION",
        isPrimary: true,
        cites: [{ source: "a001", quote: "the Nobel laureate Ales Bialiatski" }],
      },
      {
        text: "Алесь Бяляцкі",
        script: "CYRL",
        language: "be",
        kind: "NATIVE",
        cites: [{ source: "a002", quote: "Nobel Peace Prize laureate Ales Bialiatski" }],
      },
      {
        text: "Алесь Беляцкий",
        script: "CYRL",
        language: "ru",
        kind: "NATIVE",
        cites: [{ source: "a002", quote: "Nobel Peace Prize laureate Ales Bialiatski" }],
      },
    ],
    prosecutions: [
      {
        status: "RELEASED",
        summary: "Served part of a 10-year sentence; released in December 2025.",
        cites: [
          {
            source: "a004",
            quote: "All were detained for their opposition to the authoritarian rule of Alexander Lukashenko",
          },
        ],
        sentences: [
          { termMonths: 120, cites: [{ source: "a004", quote: "has also been released from a 10-year sentence" }] },
        ],
      },
    ],
    detentions: [
      {
        kind: "ARREST",
        release: { date: "2025-12" },
        released: true,
        releaseType: "NEGOTIATED_RELEASE",
        internalNote: "Arrest date not stated in the demo sources.",
        cites: [
          { source: "a004", quote: "The Nobel Peace Prize winner Ales Bialiatski has also been released" },
          releaseNegotiations,
        ],
      },
    ],
    timeline: [
      {
        type: "OTHER",
        date: { date: "2024-09-13" },
        title: "Still in prison as other political prisoners are pardoned",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a002",
            quote:
              "Notable figures such as Nobel Peace Prize laureate Ales Bialiatski and Syarhey Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya, remain incarcerated.",
          },
        ],
      },
      {
        type: "RELEASE",
        date: { date: "2025-12" },
        title: "Released from a 10-year sentence",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a004",
            quote: "The Nobel Peace Prize winner Ales Bialiatski has also been released from a 10-year sentence.",
          },
          releaseNegotiations,
        ],
      },
      {
        type: "STATEMENT",
        date: { date: "2025-12" },
        title: "Calls for pressure until all political prisoners are free",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a004",
            quote:
              "Activist Ales Bialiatski in particular highlighted the importance of maintaining pressure for the release of all political prisoners in Belarus",
          },
        ],
      },
    ],
  },
  {
    slug: "viktor-babaryka",
    displayName: "Viktor Babaryka",
    sortName: "Babaryka, Viktor",
    published: true,
    occupation: "Banker",
    bio: "Banker who tried to run for president in 2020 and was imprisoned before the election. Released in December 2025.",
    personCites: [
      { source: "a004", field: "occupation", quote: "Out too is Viktor Babaryka, a banker" },
      {
        source: "a004",
        field: "bio",
        quote:
          "Out too is Viktor Babaryka, a banker who attempted to run for president in 2020 but was imprisoned before the elections began.",
      },
    ],
    names: [
      {
        text: "Viktor Babaryka",
        script: "LATN",
        language: "be",
        kind: "TRANSLITERATION",
        isPrimary: true,
        cites: [{ source: "a004", quote: "Out too is Viktor Babaryka" }],
      },
      {
        text: "Віктар Бабарыка",
        script: "CYRL",
        language: "be",
        kind: "NATIVE",
        cites: [{ source: "a004", quote: "Out too is Viktor Babaryka" }],
      },
      {
        text: "Виктор Бабарико",
        script: "CYRL",
        language: "ru",
        kind: "NATIVE",
        cites: [{ source: "a001", quote: "Viktor Babaryka" }],
      },
    ],
    detentions: [
      {
        kind: "ARREST",
        arrest: { date: "2020" },
        release: { date: "2025-12" },
        released: true,
        releaseType: "NEGOTIATED_RELEASE",
        internalNote: "Imprisoned before the 9 August 2020 election; the day is not in the demo sources.",
        cites: [
          { source: "a004", quote: "was imprisoned before the elections began" },
          { source: "a001", quote: "Maria Kolesnikova, Viktor Babaryka, and Ales Bialiatski among those freed." },
        ],
      },
    ],
    timeline: [
      {
        type: "ARREST",
        date: { date: "2020" },
        title: "Imprisoned before the presidential election he tried to run in",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a004",
            quote: "a banker who attempted to run for president in 2020 but was imprisoned before the elections began",
          },
        ],
      },
      {
        type: "RELEASE",
        date: { date: "2025-12" },
        title: "Released in the release of 123 political prisoners",
        visibility: "PUBLIC",
        cites: [{ source: "a004", quote: "Out too is Viktor Babaryka" }, releaseNegotiations],
      },
    ],
  },
  {
    slug: "maksim-znak",
    displayName: "Maksim Znak",
    sortName: "Znak, Maksim",
    published: true,
    bio: "Close associate of Maria Kalesnikava, detained with her as a criminal suspect in September 2020.",
    internalNote: "The demo sources say nothing after his detention in 2020: add a source on his current status.",
    personCites: [
      {
        source: "a003",
        field: "bio",
        quote: "She was then placed in detention as a criminal suspect together with her close associate Maksim Znak",
      },
    ],
    names: [
      {
        text: "Maksim Znak",
        script: "LATN",
        language: "be",
        kind: "TRANSLITERATION",
        isPrimary: true,
        cites: [{ source: "a003", quote: "her close associate Maksim Znak" }],
      },
      {
        text: "Максім Знак",
        script: "CYRL",
        language: "be",
        kind: "NATIVE",
        cites: [{ source: "a003", quote: "her close associate Maksim Znak" }],
      },
      {
        text: "Максим Знак",
        script: "CYRL",
        language: "ru",
        kind: "NATIVE",
        cites: [{ source: "a003", quote: "her close associate Maksim Znak" }],
      },
    ],
    detentions: [
      {
        kind: "ARREST",
        arrest: { date: "2020-09" },
        released: false,
        cites: [
          {
            source: "a003",
            quote:
              "She was then placed in detention as a criminal suspect together with her close associate Maksim Znak",
          },
        ],
      },
    ],
    timeline: [
      {
        type: "ARREST",
        date: { date: "2020-09" },
        title: "Detained as a criminal suspect with Maria Kalesnikava",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a003",
            quote:
              "She was then placed in detention as a criminal suspect together with her close associate Maksim Znak",
          },
        ],
      },
    ],
  },
  {
    slug: "syarhey-tsikhanouski",
    displayName: "Syarhey Tsikhanouski",
    sortName: "Tsikhanouski, Syarhey",
    published: true,
    gender: "MALE",
    bio: "Husband of the exiled opposition leader Sviatlana Tsikhanouskaya; reported still imprisoned in September 2024.",
    internalNote: "The demo sources end in September 2024: add a source on his current status.",
    personCites: [
      {
        source: "a002",
        field: "gender",
        quote: "Syarhey Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya",
      },
      {
        source: "a002",
        field: "bio",
        quote:
          "Syarhey Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya, remain incarcerated.",
      },
    ],
    names: [
      {
        text: "Syarhey Tsikhanouski",
        script: "LATN",
        language: "be",
        kind: "TRANSLITERATION",
        isPrimary: true,
        cites: [{ source: "a002", quote: "Syarhey Tsikhanouski" }],
      },
      {
        text: "Сяргей Ціханоўскі",
        script: "CYRL",
        language: "be",
        kind: "NATIVE",
        cites: [{ source: "a002", quote: "Syarhey Tsikhanouski" }],
      },
      {
        text: "Сергей Тихановский",
        script: "CYRL",
        language: "ru",
        kind: "NATIVE",
        cites: [{ source: "a002", quote: "Syarhey Tsikhanouski" }],
      },
    ],
    relatives: [
      {
        key: "wife",
        name: "Sviatlana Tsikhanouskaya",
        relation: "wife",
        visibility: "PUBLIC",
        cites: [{ source: "a002", quote: "husband of exiled opposition leader Sviatlana Tsikhanouskaya" }],
      },
    ],
    detentions: [
      {
        kind: "ARREST",
        released: false,
        internalNote: "Arrest date not stated in the demo sources.",
        cites: [
          {
            source: "a002",
            quote:
              "Notable figures such as Nobel Peace Prize laureate Ales Bialiatski and Syarhey Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya, remain incarcerated.",
          },
        ],
      },
    ],
    timeline: [
      {
        type: "OTHER",
        date: { date: "2024-09-13" },
        title: "Still in prison as other political prisoners are pardoned",
        visibility: "PUBLIC",
        cites: [
          {
            source: "a002",
            quote:
              "Notable figures such as Nobel Peace Prize laureate Ales Bialiatski and Syarhey Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya, remain incarcerated.",
          },
        ],
      },
    ],
  },
];

/** Test fixture, not from the articles: must never be found or shown publicly. */
export const unpublishedExample = {
  slug: "unpublished-example",
  displayName: "Unpublished Example",
  sortName: "Example, Unpublished",
  internalNote:
    "Test fixture: an unpublished case. It must answer 404 and never appear in public lists, search, feeds or exports.",
};
