import { describe, expect, it, vi } from 'vitest';
import { hostErrorCodes, type HostError, type HostErrorCode } from '../../../shared/host';
import { createI18n } from '../../../renderer/app/i18n/create-i18n';
import { languages } from '../../../renderer/app/i18n/languages';
import { bundledResources } from '../../../renderer/app/i18n/resources';
import { hostErrorText } from '../../../renderer/host';

const resources = bundledResources();
const error = (code: HostErrorCode): HostError => ({ code, message: 'detail for the log' });

describe('host errors in the clerk’s language', () => {
  it.each(languages)('%s: every error code has its own translated text', (language) => {
    const reportProblem = vi.fn();
    const { t } = createI18n({ language, resources, reportProblem });
    const texts = hostErrorCodes.map((code) => hostErrorText(error(code), t));
    expect(reportProblem).not.toHaveBeenCalled();
    expect(new Set(texts).size).toBe(hostErrorCodes.length);
    for (const text of texts) expect(text).not.toMatch(/^host:|error\./u);
  });

  it('texts differ between languages', () => {
    const textIn = (language: (typeof languages)[number]) =>
      hostErrorText(error('print-failed'), createI18n({ language, resources }).t);
    expect(new Set(languages.map(textIn)).size).toBe(languages.length);
  });

  it('an unknown code from an older or newer host reads as an internal error, and is logged', () => {
    const { t } = createI18n({ language: 'kk', resources });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const unknown = { code: 'paper-jam', message: '' } as unknown as HostError;
      expect(hostErrorText(unknown, t)).toBe(hostErrorText(error('internal'), t));
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('paper-jam'));
    } finally {
      consoleError.mockRestore();
    }
  });
});
