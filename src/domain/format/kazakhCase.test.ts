import { describe, expect, it } from 'vitest';
import { kazakhEnding, lastNumberWord, withKazakhCase } from './kazakhCase';

// Written out by hand from the words as read aloud (нөл, бір, екі, үш … он, жиырма … тоқсан, жүз): 0 to 100.
const ablative0to100 =
  'ден ден ден тен тен тен дан ден ден дан нан ден ден тен тен тен дан ден ден дан дан ден ден тен тен тен дан ден ден дан дан ден ден тен тен тен дан ден ден дан тан ден ден тен тен тен дан ден ден дан ден ден ден тен тен тен дан ден ден дан тан ден ден тен тен тен дан ден ден дан тен ден ден тен тен тен дан ден ден дан нен ден ден тен тен тен дан ден ден дан нан ден ден тен тен тен дан ден ден дан ден';
const dative0to100 =
  'ге ге ге ке ке ке ға ге ге ға ға ге ге ке ке ке ға ге ге ға ға ге ге ке ке ке ға ге ге ға ға ге ге ке ке ке ға ге ге ға қа ге ге ке ке ке ға ге ге ға ге ге ге ке ке ке ға ге ге ға қа ге ге ке ке ке ға ге ге ға ке ге ге ке ке ке ға ге ге ға ге ге ге ке ке ке ға ге ге ға ға ге ге ке ке ке ға ге ге ға ге';
const hundred = Array.from({ length: 101 }, (_, n) => n);

describe('Kazakh case endings after numbers', () => {
  it('follow the last word of every number from 0 to 100 in the ablative and the dative', () => {
    expect(hundred.map((n) => withKazakhCase(String(n), 'ablative').split('-')[1]).join(' ')).toBe(ablative0to100);
    expect(hundred.map((n) => withKazakhCase(String(n), 'dative').split('-')[1]).join(' ')).toBe(dative0to100);
  });

  it('reads the examples of the issue right: 15-тен, 4-ке, 6-дан, 16-дан 2-ге', () => {
    expect(withKazakhCase('15', 'ablative')).toBe('15-тен');
    expect(withKazakhCase('4', 'dative')).toBe('4-ке');
    expect(withKazakhCase('6', 'ablative')).toBe('6-дан');
    expect(`${withKazakhCase('16', 'ablative')} ${withKazakhCase('2', 'dative')} дейін`).toBe('16-дан 2-ге дейін');
  });

  it('reads large numbers by their lowest non-zero place, with group spaces as Intl writes them', () => {
    expect(lastNumberWord('200')).toBe('жүз');
    expect(withKazakhCase('1\u00a0000', 'ablative')).toBe('1\u00a0000-нан');
    expect(withKazakhCase('12\u00a0000', 'dative')).toBe('12\u00a0000-ға');
    expect(withKazakhCase('12\u00a0340', 'ablative')).toBe('12\u00a0340-тан');
    expect(withKazakhCase('2\u00a0000\u00a0000', 'ablative')).toBe('2\u00a0000\u00a0000-нан');
    expect(withKazakhCase('3\u00a0000\u00a0000\u00a0000', 'dative')).toBe('3\u00a0000\u00a0000\u00a0000-қа');
    expect(withKazakhCase('1\u00a0000\u00a0000\u00a0000\u00a0000', 'ablative')).toBe('1\u00a0000\u00a0000\u00a0000\u00a0000-нан');
    expect(withKazakhCase('1\u00a0001', 'locative')).toBe('1\u00a0001-де');
    expect(withKazakhCase('40', 'locative')).toBe('40-та');
  });

  it('reads a decimal by the digits after the comma', () => {
    expect(withKazakhCase('0,99', 'ablative')).toBe('0,99-дан');
    expect(withKazakhCase('2,5', 'dative')).toBe('2,5-ке');
    expect(withKazakhCase('22,8', 'ablative')).toBe('22,8-ден');
    expect(withKazakhCase('1,05', 'ablative')).toBe('1,05-тен');
  });

  it('harmonises words by their last vowel and final sound', () => {
    expect(kazakhEnding('сағат', 'ablative')).toBe('тан');
    expect(kazakhEnding('минут', 'dative')).toBe('қа');
    expect(kazakhEnding('елу', 'ablative')).toBe('ден');
    expect(kazakhEnding('сексен', 'locative')).toBe('де');
  });
});
