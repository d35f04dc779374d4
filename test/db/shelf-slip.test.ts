import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handoverSlipDocument, type HandoverSlip, type HandoverSlipTranslate } from '../../renderer/print';
import { almatyTimeZone, type IssuedRecipient } from '../../shared/domain';
import { leafTexts } from '../unit/print/print-translations';

type SlipLanguage = 'kk' | 'ru' | 'en';

function shelfTexts(language: SlipLanguage): Map<string, string> {
  const path = fileURLToPath(new URL(`../../locales/${language}/shelf.json`, import.meta.url));
  return leafTexts(JSON.parse(readFileSync(path, 'utf8')));
}

/** Strict: an unknown key or a placeholder without a value throws. */
function strictSay(language: SlipLanguage): HandoverSlipTranslate {
  const texts = shelfTexts(language);
  return (key, vars) => {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`shelf.json (${language}) has no key ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars?.[name];
      if (value === undefined) throw new Error(`No value for {{${name}}} in ${key}`);
      return String(value);
    });
  };
}

/** The document's visible text: tags dropped, entities of the escaper undone, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const slip = (
  recipient: IssuedRecipient,
  resultKind: HandoverSlip['resultKind'] = 'duplicate-general-secondary-attestation',
): HandoverSlip => ({
  receiptNumber: 'ALM01-03-000042-7',
  issuedAt: '2026-03-20T06:05:00.000Z',
  centre: {
    name: { kk: 'Алматы қаласы №1 ХҚКО', ru: 'ЦОН №1 г. Алматы' },
    address: { kk: 'Алматы қ., Әуезов көшесі, 12', ru: 'г. Алматы, ул. Ауэзова, 12' },
    timeZone: almatyTimeZone,
  },
  service: { kk: 'Телнұсқа беру', ru: 'Выдача дубликата' },
  applicant: { surname: 'Сейітқали', givenName: 'Әлия', iin: '850315300128' },
  resultKind,
  recipient,
  clerkName: 'Айгүл Серікқызы',
});

const attorney: IssuedRecipient = {
  kind: 'representative',
  name: 'Бекзат Тұрсынов',
  iin: '900101300015',
  powerOfAttorney: {
    number: '2026-0142',
    notary: 'А. Смағұлова',
    issuedOn: '2026-01-15',
    validUntil: '2027-01-14',
  },
};

describe('the hand-over slip', () => {
  it('in Kazakh: receipt, applicant, result, recipient and basis, time on the centre clock, both signatures', () => {
    const document = handoverSlipDocument(slip({ kind: 'applicant' }), {
      language: 'kk',
      t: strictSay('kk'),
    });
    const text = textOf(document.html);
    expect(document.pageSize).toBe('A4');
    expect(document.title).toBe('Беру туралы қолхат ALM01-03-000042-7, 20.03.2026');
    for (const part of [
      'Мемлекеттік көрсетілетін қызмет нәтижесін беру туралы қолхат',
      'ALM01-03-000042-7',
      'Сейітқали Әлия, ЖСН 850315300128',
      'Телнұсқа беру',
      'Жалпы орта білім туралы аттестаттың телнұсқасы',
      'өтініш берушінің жеке басын куәландыратын құжаты',
      '20.03.2026 11:05',
      'Берген',
      'Айгүл Серікқызы',
      'Алған',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('дәлелді бас тарту');
  });

  it('in Russian, to a representative: the power of attorney’s number, dates and notary', () => {
    const text = textOf(handoverSlipDocument(slip(attorney), { language: 'ru', t: strictSay('ru') }).html);
    expect(text).toContain('Получатель Бекзат Тұрсынов, ИИН 900101300015');
    expect(text).toContain(
      'нотариальная доверенность № 2026-0142 от 15.01.2026, действительна до 14.01.2027',
    );
    expect(text).toContain('Нотариус А. Смағұлова');
    expect(text).toContain('Выдал');
    expect(text).toContain('Получил');
  });

  it('to a minor’s parent, with the relation; a reasoned refusal says so', () => {
    const parent: IssuedRecipient = {
      kind: 'legal-representative',
      name: 'Динара Нұрланова',
      iin: '850315300128',
      relation: 'guardian',
    };
    const ru = textOf(
      handoverSlipDocument(slip(parent, 'reasoned-refusal'), { language: 'ru', t: strictSay('ru') }).html,
    );
    expect(ru).toContain('законное представительство несовершеннолетнего заявителя (Опекун)');
    expect(ru).toContain('Выдан мотивированный отказ в оказании государственной услуги.');
    const kk = textOf(
      handoverSlipDocument(slip(parent, 'reasoned-refusal'), { language: 'kk', t: strictSay('kk') }).html,
    );
    expect(kk).toContain('(Қорғаншы)');
    expect(kk).toContain('Мемлекеттік қызмет көрсетуден дәлелді бас тарту берілді.');
  });

  it('every slip text exists in kk, ru and en with the same placeholders, and every one is used', () => {
    const source = readFileSync(
      fileURLToPath(new URL('../../renderer/print/handover-slip.ts', import.meta.url)),
      'utf8',
    );
    const used = new Set([...source.matchAll(/say\(\s*'(slip\.[a-zA-Z.]+)'/g)].map((match) => match[1]));
    const keysOf = (language: SlipLanguage) =>
      [...shelfTexts(language).keys()].filter((key) => key.startsWith('slip.')).sort();
    expect(keysOf('en')).toEqual([...used].sort());
    const placeholders = (text: string | undefined) =>
      [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const language of ['kk', 'ru'] as const) {
      expect(keysOf(language)).toEqual(keysOf('en'));
      for (const key of keysOf('en'))
        expect(placeholders(shelfTexts(language).get(key)), `${language} ${key}`).toEqual(
          placeholders(shelfTexts('en').get(key)),
        );
    }
  });
});
