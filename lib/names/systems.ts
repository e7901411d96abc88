// Romanisation rule tables, as data. Each system maps lower-case Cyrillic letters to
// Latin; "iotated" letters (е ё ю я, and і in Łacinka) take their "initial" form at the
// start of a word and after a vowel, apostrophe, ь, ъ, й or ў, and their "soft" form
// after a consonant. Upper case is derived. Sources: the Belarusian national system
// (Instruction on transliteration, 2007/2023), BGN/PCGN 1979 (Belarusian) and 1947
// (Russian), the Łacinka orthography, and the spellings Belarusian passports and the
// international press use (ICAO 9303-like, without diacritics).

export type Iotated = { initial: string; soft: string };
export type RomanisationSystem = {
  id: string;
  language: "be" | "ru";
  label: string;
  letters: Record<string, string | Iotated>;
  /** Multi-letter Cyrillic sequences matched before single letters. */
  clusters?: Record<string, string>;
  /** Consonants written soft when followed by ь (the ь itself is then not written). */
  softSign?: Record<string, string>;
  /** Łacinka: л is ł, but l before a soft vowel or ь, and the vowel then loses its i (ля → la). */
  lacinkaL?: boolean;
};

const common = {
  а: "a",
  б: "b",
  в: "v",
  д: "d",
  з: "z",
  к: "k",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
};

export const beNational: RomanisationSystem = {
  id: "be-national",
  language: "be",
  label: "Belarusian national system (2007)",
  letters: {
    ...common,
    г: "h",
    ґ: "g",
    е: { initial: "je", soft: "ie" },
    ё: { initial: "jo", soft: "io" },
    ж: "ž",
    і: "i",
    й: "j",
    л: "l",
    ў: "ŭ",
    х: "ch",
    ц: "c",
    ч: "č",
    ш: "š",
    ы: "y",
    ь: "",
    э: "e",
    ю: { initial: "ju", soft: "iu" },
    я: { initial: "ja", soft: "ia" },
    "'": "",
    "’": "",
  },
  softSign: { s: "ś", z: "ź", c: "ć", n: "ń", l: "ĺ" },
};

export const bePassport: RomanisationSystem = {
  id: "be-passport",
  language: "be",
  label: "Belarusian passport and press spelling",
  letters: {
    ...common,
    г: "h",
    ґ: "g",
    е: { initial: "ye", soft: "e" },
    ё: { initial: "yo", soft: "io" },
    ж: "zh",
    і: "i",
    й: "i",
    л: "l",
    ў: "u",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    ы: "y",
    ь: "",
    э: "e",
    ю: { initial: "yu", soft: "iu" },
    я: { initial: "ya", soft: "ia" },
    "'": "",
    "’": "",
  },
  clusters: { ей: "ey", ай: "ai", ый: "y", ій: "i" },
};

export const beBgn: RomanisationSystem = {
  id: "be-bgn",
  language: "be",
  label: "BGN/PCGN (Belarusian, 1979)",
  letters: {
    ...common,
    г: "h",
    ґ: "g",
    е: { initial: "ye", soft: "e" },
    ё: { initial: "yo", soft: "yo" },
    ж: "zh",
    і: "i",
    й: "y",
    л: "l",
    ў: "w",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    ы: "y",
    ь: "'",
    э: "e",
    ю: { initial: "yu", soft: "yu" },
    я: { initial: "ya", soft: "ya" },
    "'": '"',
    "’": '"',
  },
};

export const beLacinka: RomanisationSystem = {
  id: "be-lacinka",
  language: "be",
  label: "Łacinka (Belarusian Latin alphabet)",
  letters: {
    ...common,
    г: "h",
    ґ: "g",
    е: { initial: "je", soft: "ie" },
    ё: { initial: "jo", soft: "io" },
    ж: "ž",
    і: { initial: "i", soft: "i" },
    й: "j",
    л: "ł",
    ў: "ŭ",
    х: "ch",
    ц: "c",
    ч: "č",
    ш: "š",
    ы: "y",
    ь: "",
    э: "e",
    ю: { initial: "ju", soft: "iu" },
    я: { initial: "ja", soft: "ia" },
    "'": "",
    "’": "",
  },
  softSign: { s: "ś", z: "ź", c: "ć", n: "ń", ł: "l" },
  lacinkaL: true,
};

export const ruBgn: RomanisationSystem = {
  id: "ru-bgn",
  language: "ru",
  label: "BGN/PCGN (Russian, 1947)",
  letters: {
    ...common,
    г: "g",
    е: { initial: "ye", soft: "e" },
    ё: { initial: "yë", soft: "ë" },
    ж: "zh",
    и: "i",
    й: "y",
    л: "l",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: '"',
    ы: "y",
    ь: "'",
    э: "e",
    ю: { initial: "yu", soft: "yu" },
    я: { initial: "ya", soft: "ya" },
  },
};

export const ruPassport: RomanisationSystem = {
  id: "ru-passport",
  language: "ru",
  label: "Russian passport and press spelling",
  letters: {
    ...common,
    г: "g",
    е: { initial: "ye", soft: "e" },
    ё: { initial: "yo", soft: "e" },
    ж: "zh",
    и: "i",
    й: "y",
    л: "l",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: { initial: "yu", soft: "yu" },
    я: { initial: "ya", soft: "ya" },
  },
  clusters: { ий: "y", ый: "y", ия: "ia" },
};

/**
 * The German press (Duden-style): в is w, з is s, ц is z, ж and ш sch, ч tsch, х ch.
 * Its z and s cannot be folded into the English ones by a key rule (English z is з, German
 * z is ц), so a Cyrillic name's German spelling is made, and keyed, as a spelling of its own.
 */
const german = {
  ...common,
  в: "w",
  з: "s",
  ж: "sch",
  й: "j",
  л: "l",
  х: "ch",
  ц: "z",
  ч: "tsch",
  ш: "sch",
  е: { initial: "je", soft: "e" },
  ё: { initial: "jo", soft: "jo" },
  ы: "y",
  ь: "",
  э: "e",
  ю: { initial: "ju", soft: "ju" },
  я: { initial: "ja", soft: "ja" },
  "'": "",
  "’": "",
};

export const ruGerman: RomanisationSystem = {
  id: "ru-german",
  language: "ru",
  label: "German press spelling (Russian)",
  letters: {
    ...german,
    г: "g",
    и: "i",
    щ: "schtsch",
    ъ: "",
  },
  clusters: { ий: "i", ый: "y", кс: "x" },
};

export const beGerman: RomanisationSystem = {
  id: "be-german",
  language: "be",
  label: "German press spelling (Belarusian)",
  letters: {
    ...german,
    г: "h",
    і: "i",
    ў: "w",
  },
  clusters: { ій: "i", ый: "y", кс: "x" },
};

export const romanisationSystems = [beNational, bePassport, beBgn, beLacinka, ruBgn, ruPassport, beGerman, ruGerman];

/**
 * The first step of the phonetic search key (./search-key.ts): one Latin spelling for
 * Belarusian and Russian letters alike, so that a query typed in either Cyrillic
 * alphabet lands in the same key space as the Latin spellings. Not shown to readers.
 */
export const searchKeyCyrillic: RomanisationSystem = {
  id: "search-key",
  language: "be",
  label: "Search key (Belarusian and Russian letters)",
  letters: {
    ...bePassport.letters,
    г: "h",
    и: "i",
    щ: "shch",
    ъ: "",
    ё: { initial: "yo", soft: "io" },
    е: { initial: "ye", soft: "e" },
  },
};
