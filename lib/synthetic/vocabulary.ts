// Word lists for synthetic records: Belarusian and Russian forms of the same names
// (they are different names, not typos), regions, occupations, criminal-code articles.

/** [Belarusian, Russian] */
export const femaleFirstNames: [string, string][] = [
  ["Марыя", "Мария"],
  ["Вольга", "Ольга"],
  ["Наталля", "Наталья"],
  ["Таццяна", "Татьяна"],
  ["Алена", "Елена"],
  ["Ірына", "Ирина"],
  ["Святлана", "Светлана"],
  ["Кацярына", "Екатерина"],
  ["Юлія", "Юлия"],
  ["Ганна", "Анна"],
  ["Вераніка", "Вероника"],
  ["Людміла", "Людмила"],
  ["Надзея", "Надежда"],
  ["Ксенія", "Ксения"],
  ["Дар'я", "Дарья"],
  ["Паліна", "Полина"],
  ["Валянціна", "Валентина"],
  ["Яўгенія", "Евгения"],
];

export const maleFirstNames: [string, string][] = [
  ["Аляксандр", "Александр"],
  ["Сяргей", "Сергей"],
  ["Мікалай", "Николай"],
  ["Андрэй", "Андрей"],
  ["Дзмітрый", "Дмитрий"],
  ["Віктар", "Виктор"],
  ["Максім", "Максим"],
  ["Ігар", "Игорь"],
  ["Уладзімір", "Владимир"],
  ["Павел", "Павел"],
  ["Алесь", "Олесь"],
  ["Юрый", "Юрий"],
  ["Міхаіл", "Михаил"],
  ["Раман", "Роман"],
  ["Зміцер", "Дмитрий"],
  ["Аляксей", "Алексей"],
  ["Васіль", "Василий"],
  ["Ягор", "Егор"],
  ["Антон", "Антон"],
  ["Кірыл", "Кирилл"],
  ["Генадзь", "Геннадий"],
  ["Яўген", "Евгений"],
];

/** Surname stems [Belarusian, Russian] combined with the endings below. */
export const surnameStems: [string, string][] = [
  ["Кавал", "Ковал"],
  ["Навіц", "Новиц"],
  ["Лукаш", "Лукаш"],
  ["Мельнік", "Мельник"],
  ["Сакал", "Сокол"],
  ["Васіл", "Васил"],
  ["Петраш", "Петраш"],
  ["Казл", "Козл"],
  ["Ермак", "Ермак"],
  ["Дземід", "Демид"],
  ["Карп", "Карп"],
  ["Садоў", "Садов"],
  ["Станк", "Станк"],
  ["Ціхан", "Тихан"],
  ["Калесн", "Колесн"],
  ["Лябедз", "Лебед"],
  ["Клім", "Клим"],
  ["Гур", "Гур"],
  ["Зайц", "Зайц"],
  ["Бяляц", "Беляц"],
  ["Жук", "Жук"],
  ["Грыгор", "Григор"],
  ["Шаўч", "Шевч"],
  ["Бондар", "Бондар"],
  ["Макар", "Макар"],
  ["Палян", "Полян"],
  ["Радзів", "Радив"],
  ["Сцяпан", "Степан"],
  ["Тарас", "Тарас"],
  ["Фёдар", "Федор"],
  ["Хмял", "Хмел"],
  ["Чарн", "Черн"],
  ["Янук", "Янук"],
  ["Барыс", "Борис"],
  ["Вішн", "Вишн"],
  ["Гаспадар", "Господар"],
];

/** Endings: [Belarusian male, Belarusian female, Russian male, Russian female] */
export const surnameEndings: [string, string, string, string][] = [
  ["евіч", "евіч", "евич", "евич"],
  ["скі", "ская", "ский", "ская"],
  ["енка", "енка", "енко", "енко"],
  ["оў", "ова", "ов", "ова"],
  ["ік", "ік", "ик", "ик"],
];

export const regions = [
  "Minsk",
  "Brest Region",
  "Homiel Region",
  "Hrodna Region",
  "Mahilioŭ Region",
  "Viciebsk Region",
  "Minsk Region",
];

export const occupations = [
  "Teacher",
  "Journalist",
  "Engineer",
  "IT specialist",
  "Doctor",
  "Student",
  "Lawyer",
  "Entrepreneur",
  "Musician",
  "Factory worker",
  "Pensioner",
  "Human rights defender",
  "Artist",
  "Priest",
  "Trade unionist",
  "Blogger",
];

/** Articles of the Criminal Code of the Republic of Belarus most used against dissent. */
export const legalArticles: { article: string; part: string; title: string }[] = [
  { article: "342", part: "1", title: "Organisation of or participation in actions grossly violating public order" },
  { article: "130", part: "3", title: "Incitement to hatred" },
  { article: "361", part: "1", title: "Calls for actions harming national security" },
  { article: "361-1", part: "1", title: "Participation in an extremist formation" },
  { article: "361-4", part: "1", title: "Facilitating extremist activity" },
  { article: "369", part: "", title: "Insulting a representative of the authorities" },
  { article: "368", part: "1", title: "Insulting the President" },
  { article: "367", part: "1", title: "Defamation of the President" },
  { article: "293", part: "1", title: "Mass riots" },
  { article: "357", part: "1", title: "Conspiracy to seize state power" },
  { article: "356", part: "1", title: "Treason against the state" },
  { article: "364", part: "", title: "Violence or threat of violence against a police officer" },
];

export const facilityTypes = ["PRE_TRIAL_CENTRE", "PENAL_COLONY", "PENAL_COLONY", "PENAL_COLONY", "PRISON"] as const;
export const conditionKinds = [
  "SOLITARY_CONFINEMENT",
  "INCOMMUNICADO",
  "DENIED_MEDICAL_CARE",
  "DENIED_CORRESPONDENCE",
  "PUNISHMENT_CELL",
  "HUNGER_STRIKE",
] as const;
export const releaseTypes = ["SENTENCE_SERVED", "PARDON", "NEGOTIATED_RELEASE", "FORCED_EXPULSION"] as const;
export const regimes = ["general-regime colony", "strict-regime colony", "prison", "colony-settlement"];
