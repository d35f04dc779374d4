import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glyphLookup, woff2Cmap } from './woff2-cmap';

const repo = path.resolve(import.meta.dirname, '../../..');
const fontsCss = path.join(repo, 'renderer/app/styles/fonts.css');
const kazakhLetters = 'әғқңөұүһі';
const kazakhCapitals = 'ӘҒҚҢӨҰҮҺІ';

interface FontFace {
  readonly weight: string;
  readonly file: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

function parseFontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gu)].map(([, body = '']) => {
    const file = /url\('([^']+)'\)/u.exec(body)?.[1] ?? '';
    const weight = /font-weight:\s*(\d+)/u.exec(body)?.[1] ?? '';
    const range = /unicode-range:\s*([^;]+);/u.exec(body)?.[1] ?? '';
    const ranges = range.split(',').map((part) => {
      const [from = '', to] = part.trim().replace(/^U\+/u, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    });
    return { weight, file: path.resolve(path.dirname(fontsCss), file), ranges };
  });
}

const faces = parseFontFaces(readFileSync(fontsCss, 'utf8'));
const covers = (face: FontFace, char: string): boolean => {
  const code = char.codePointAt(0) ?? -1;
  return face.ranges.some(([from, to]) => code >= from && code <= to);
};

const glyphTests = new Map<string, (codePoint: number) => boolean>();
function hasGlyph(file: string, char: string): boolean {
  let lookup = glyphTests.get(file);
  if (!lookup) {
    lookup = glyphLookup(woff2Cmap(readFileSync(file)));
    glyphTests.set(file, lookup);
  }
  return lookup(char.codePointAt(0) ?? -1);
}

describe('bundled fonts with Kazakh glyphs', () => {
  it('declares faces whose files are in assets/fonts (bundled, never from a CDN)', () => {
    expect(faces.length).toBeGreaterThanOrEqual(3);
    for (const face of faces) {
      expect(face.file.startsWith(path.join(repo, 'assets/fonts') + path.sep), face.file).toBe(true);
      expect(existsSync(face.file) && statSync(face.file).size > 1000, face.file).toBe(true);
      expect(readFileSync(face.file).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it.each([...new Set(faces.map((f) => f.weight))])('weight %s covers every Kazakh letter', (weight) => {
    const ofWeight = faces.filter((f) => f.weight === weight);
    const uncovered = [...kazakhLetters].filter((letter) => !ofWeight.some((face) => covers(face, letter)));
    expect(uncovered).toEqual([]);
  });

  it.each([...new Set(faces.map((f) => f.weight))])(
    'weight %s: the files whose range takes a Kazakh letter really have its glyph',
    (weight) => {
      const ofWeight = faces.filter((f) => f.weight === weight);
      const missing = [...kazakhLetters, ...kazakhCapitals].filter(
        (letter) => !ofWeight.some((face) => covers(face, letter) && hasGlyph(face.file, letter)),
      );
      expect(missing).toEqual([]);
    },
  );

  it('the glyph check reads real fonts: latin has no қ, cyrillic-ext has no Latin a', () => {
    const fontFile = (subset: string) => path.join(repo, `assets/fonts/noto-sans-${subset}-400-normal.woff2`);
    expect(hasGlyph(fontFile('latin'), 'a')).toBe(true);
    expect(hasGlyph(fontFile('latin'), 'қ')).toBe(false);
    expect(hasGlyph(fontFile('cyrillic-ext'), 'қ')).toBe(true);
    expect(hasGlyph(fontFile('cyrillic-ext'), 'a')).toBe(false);
  });

  it('the coverage check notices a missing letter', () => {
    const latinOnly: FontFace = { weight: '400', file: '', ranges: [[0x0000, 0x00ff]] };
    expect(covers(latinOnly, 'қ')).toBe(false);
    expect(covers(latinOnly, 'a')).toBe(true);
  });
});
