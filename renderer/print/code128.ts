/**
 * Code 128, code set B (ISO/IEC 15417): printable ASCII 32–126, which covers receipt numbers
 * (A–Z, 0–9, '-'). Every handheld scanner at a counter reads it without configuration.
 *
 * Each symbol is six elements — bar, space, bar, space, bar, space — with widths of 1–4 modules,
 * 11 modules in all; the stop symbol has a seventh bar (13 modules).
 */
// Ten symbol values per line, as the standard's table reads.
// prettier-ignore
export const code128Patterns: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

export const code128StartB = 104;
export const code128Stop = 106;
const checksumModulus = 103;
const firstCharacter = 32;
const lastCharacter = 126;

/** Whether every character can be written in code set B. */
export function isCode128BText(text: string): boolean {
  return [...text].every((char) => {
    const code = char.codePointAt(0) ?? -1;
    return code >= firstCharacter && code <= lastCharacter;
  });
}

/** The symbol values of `text`: start B, one per character, the check symbol, stop. */
export function code128BSymbols(text: string): number[] {
  if (text === '' || !isCode128BText(text)) {
    throw new RangeError(`Code 128 set B encodes printable ASCII only: ${JSON.stringify(text)}`);
  }
  const data = [...text].map((char) => (char.codePointAt(0) ?? firstCharacter) - firstCharacter);
  const weightedSum = data.reduce((sum, value, index) => sum + value * (index + 1), code128StartB);
  return [code128StartB, ...data, weightedSum % checksumModulus, code128Stop];
}

/** The bar pattern as modules, '1' = bar and '0' = space, without the quiet zones. */
export function code128BModules(text: string): string {
  return code128BSymbols(text)
    .map((value) => {
      const widths = code128Patterns[value];
      if (widths === undefined) throw new RangeError(`No Code 128 symbol ${value}`);
      return [...widths].map((width, index) => (index % 2 === 0 ? '1' : '0').repeat(Number(width))).join('');
    })
    .join('');
}
