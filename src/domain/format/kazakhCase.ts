/**
 * Kazakh case endings after a number written in digits ("15-тен", "4-ке", "6-дан"): the ending
 * follows the last word of the number as it is read aloud — its final sound and its vowels
 * (vowel harmony) — not the digit. A decimal is read "екі бүтін оннан бес", so its last word is
 * that of the digits after the comma.
 */
export const kazakhCases = ['ablative', 'dative', 'locative'] as const;
export type KazakhCase = (typeof kazakhCases)[number];

const units = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const tens = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** A number ending in zeros is read ending with the word of its lowest non-zero place: "екі жүз", "он мың". */
const places: [bigint, string][] = [
  [1000n, 'жүз'],
  [10n ** 6n, 'мың'],
  [10n ** 9n, 'миллион'],
  [10n ** 12n, 'миллиард'],
];

/** The last word of a whole number read aloud in Kazakh. */
export function lastNumberWord(digits: string): string {
  const n = BigInt(digits.replace(/\D/g, '') || '0');
  if (n === 0n) return units[0]!;
  if (n % 10n !== 0n) return units[Number(n % 10n)]!;
  if (n % 100n !== 0n) return tens[Number((n % 100n) / 10n)]!;
  return places.find(([modulus]) => n % modulus !== 0n)?.[1] ?? 'триллион';
}

const backVowels = 'аоұыяё';
const frontVowels = 'әеөүі';
const vowels = 'аәеёиоөуұүыіэюя';
const nasals = 'мнң';
/** Sounds after which the ending starts voiceless (т, қ/к); б, в, г, д are devoiced at the end of a word. */
const voiceless = 'кқпстшфхцчщбвгд';

/**
 * By the last vowel that is plainly back or front. У and и say nothing where other vowels do:
 * елу is front like е; a loan word with no other vowel (минут) is back, as Kazakh reads у there.
 */
function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const letter = word[i]!;
    if (backVowels.includes(letter)) return true;
    if (frontVowels.includes(letter)) return false;
  }
  return /[ую]/.test(word);
}

/** The ending (without hyphen) a word takes in a case. */
export function kazakhEnding(word: string, grammaticalCase: KazakhCase): string {
  const last = word.at(-1) ?? '';
  const back = isBack(word);
  const pick = (backForm: string, frontForm: string) => (back ? backForm : frontForm);
  const sound = vowels.includes(last) ? 'vowel' : nasals.includes(last) ? 'nasal' : voiceless.includes(last) ? 'voiceless' : 'voiced';
  switch (grammaticalCase) {
    case 'ablative':
      return sound === 'nasal' ? pick('нан', 'нен') : sound === 'voiceless' ? pick('тан', 'тен') : pick('дан', 'ден');
    case 'dative':
      return sound === 'voiceless' ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'locative':
      return sound === 'voiceless' ? pick('та', 'те') : pick('да', 'де');
  }
}

/**
 * A number as written ("12 000", "2,56", "0,99") with its case ending: "12 000-нан", "2,56-дан".
 * The text is what Intl wrote for Kazakh: a comma before the decimals, spaces between groups.
 */
export function withKazakhCase(written: string, grammaticalCase: KazakhCase): string {
  const [whole = '', decimals = ''] = written.split(',');
  const digits = /\d/.test(decimals) ? decimals.replace(/\D/g, '').replace(/^0+(?=\d)/, '') : whole;
  return `${written}-${kazakhEnding(lastNumberWord(digits), grammaticalCase)}`;
}
