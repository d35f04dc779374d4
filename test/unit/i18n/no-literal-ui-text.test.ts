import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalUiText, rendererRoot, sourceFiles } from './source-scan';

describe('components hold no literal UI text', () => {
  const files = sourceFiles(rendererRoot, ['.tsx']);

  it('finds the renderer components', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [path.relative(rendererRoot, f), f]))('%s', (_name, file) => {
    expect(literalUiText(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the scanner flags text, user-facing attributes, and leaves keys and punctuation alone', () => {
    const sample = `
      export const A = () => (
        <section aria-label="Applicant">
          <h1>Қабылдау</h1>
          <input placeholder={'ЖСН'} title={t('intake:title')} />
          <span>{t('common:ok')} · 12 —</span>
          <img alt="logo" className="brand wide" data-testid="language-select" />
          <p>{'Сақталды'}{ready ? \`Дайын\` : t('shelf:title')}{name ?? 'Аты жоқ'}{' — '}</p>
          <button aria-label={open ? 'Жабу' : t('common:open')} type="button" />
        </section>
      );`;
    expect(literalUiText('sample.tsx', sample).map((f) => f.text)).toEqual([
      'Applicant',
      'Қабылдау',
      'ЖСН',
      'logo',
      'Сақталды',
      'Дайын',
      'Аты жоқ',
      'Жабу',
    ]);
  });
});
