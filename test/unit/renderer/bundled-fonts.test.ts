import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const fontsCss = path.join(repo, 'renderer/app/styles/fonts.css');
const kazakhLetters = 'әғқңөұүһі';

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

  it('the coverage check notices a missing letter', () => {
    const latinOnly: FontFace = { weight: '400', file: '', ranges: [[0x0000, 0x00ff]] };
    expect(covers(latinOnly, 'қ')).toBe(false);
    expect(covers(latinOnly, 'a')).toBe(true);
  });
});
