import { francAll } from "franc";

/**
 * ISO 639-3 codes that franc answers with, for the BCP 47 languages a
 * handbook in Norway is likely to carry (../shared/content lists them). A
 * locale whose language is not here is not language-checked.
 */
const ISO_639_3: Record<string, string> = {
  en: "eng",
  nb: "nob",
  nn: "nno",
  no: "nob",
  da: "dan",
  sv: "swe",
  pl: "pol",
  uk: "ukr",
  ru: "rus",
  ar: "arb",
  lt: "lit",
  lv: "lvs",
  et: "ekk",
  so: "som",
  ti: "tir",
  am: "amh",
  fa: "pes",
  prs: "prs",
  ps: "pbu",
  ku: "kmr",
  ckb: "ckb",
  tr: "tur",
  ur: "urd",
  ro: "ron",
  es: "spa",
  fr: "fra",
  de: "deu",
  pt: "por",
  it: "ita",
  th: "tha",
  vi: "vie",
  zh: "cmn",
  ta: "tam",
  sq: "als",
  bs: "bos",
  hr: "hrv",
  sr: "srp",
  bg: "bul",
  hu: "hun",
  cs: "ces",
  sk: "slk",
  fi: "fin",
  sw: "swh",
};

/** The franc code of a locale's language, if franc knows it. Input: "nb" → "nob"; "pt-BR" → "por". */
export function francCodeOf(locale: string): string | undefined {
  return ISO_639_3[locale.toLowerCase()] ?? ISO_639_3[locale.toLowerCase().split("-")[0]!];
}

/** Shorter texts are too short to tell related languages apart reliably. */
export const MIN_LETTERS = 120;

/**
 * Which of the candidate languages a text is written in (franc's trigram
 * model, limited to the candidates), or undefined when the text is too short.
 * Input: ("Du kan få sykepenger…", ["nob", "eng", "pol"]) → "nob".
 */
export function identifyLanguage(text: string, candidates: readonly string[]): string | undefined {
  // The first 500 characters (some 80 words) tell the language as well as the whole text, at a fraction of the time.
  const sample = text.slice(0, 500);
  const key = `${candidates.join()}\n${sample}`;
  if (answers.has(key)) return answers.get(key);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const [best] = letters < MIN_LETTERS ? [] : francAll(sample, { only: [...candidates], minLength: 20 });
  const answer = best && best[0] !== "und" ? best[0] : undefined;
  if (answers.size > 30_000) answers.clear();
  answers.set(key, answer);
  return answer;
}

/** Answers by text: the same text (a copied file) is identified once. */
const answers = new Map<string, string | undefined>();
