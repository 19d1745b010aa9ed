/**
 * Words in unhighlighted text that look like terms a glossary might owe the reader: an
 * abbreviation (two or more capitals), a capitalised word in mid-sentence (a drug brand, a
 * named syndrome, a scale), or a word with a medical ending (-itis, -otomy, -pathy...).
 * A heuristic for finding gaps by eye, not a measure of truth: names of people and places
 * come up too, and the report says so.
 */
export interface Candidate {
  word: string;
  reason: 'abbreviation' | 'capitalised' | 'medical-ending';
}

const WORD = /[\p{L}][\p{L}\p{M}\d'’-]*/gu;
const ABBREVIATION = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{L}\d-]{1,9}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const MEDICAL_ENDING =
  /(?:itis|osis|oses|algia|aemia|emia|pathy|plegia|kinesia|tonia|phonia|phagia|lysis|ergic|ectomy|otomy|ostomy|ography|oscopy|ogram|azepam|idone|amine|azine|apine|profen|olol|pril|sartan|mab|vir|cillin|mycin|oxacin|triptan|clonus|collis|caput|spasm|trophy|plasia|genic|ceptive|opathy|iatrist|ologist|otherapy)$/i;
/** Capitalised words common at the start of a clause or in page chrome: not terms. */
const COMMON = new Set(
  'I A An The This That These Those It Its If In On Of Or And But For To With From By As At Be Is Are Was Were Can May Might Will Would Should Could Do Does Did Not No Yes Some Many Most More Less Other Others Such Each Every All Any One Two Three Four Five Your You Our We They He She His Her Their There Here What When Where Which Who Why How Also Then Than After Before About Because While During Over Under Into Out Up Down New Home Menu Search Skip Contact About Privacy Cookies Share Print Email Read Next Previous Back Top Page Main Content Help Support News Blog Login Sign Find More Information Related Links Click Please Thank Thanks January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Dr Mr Mrs Ms Prof UK USA US NHS'.split(
    ' ',
  ),
);

export function candidateWords(blocks: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const block of blocks) {
    for (const m of block.matchAll(WORD)) {
      const word = m[0].replace(/['’-]+$/, '');
      if (word.length < 2 || COMMON.has(word)) continue;
      const before = block.slice(0, m.index).trimEnd();
      const startsSentence = before === '' || /[.!?:•▪"“(]$/.test(before) || /(?:^|\s)[-–\d.]+$/.test(before);
      if (ABBREVIATION.test(word)) found.push({ word, reason: 'abbreviation' });
      else if (MEDICAL_ENDING.test(word) && word.length > 5) found.push({ word, reason: 'medical-ending' });
      else if (CAPITALISED.test(word) && !startsSentence) found.push({ word, reason: 'capitalised' });
    }
  }
  return found;
}
