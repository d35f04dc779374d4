import { hasControlCharacter } from '../../control-characters';

/**
 * File names for saved PDFs. The contract already allows only a bare name ending in .pdf; this
 * adds what Windows would otherwise reinterpret (device names, trailing dots and spaces) and
 * the numbered alternatives used instead of overwriting an existing file.
 */
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

export function isSafePdfFileName(name: string): boolean {
  if (name.length > 120 || !name.toLowerCase().endsWith('.pdf')) return false;
  if (/[/\\:*?"<>|]/u.test(name) || hasControlCharacter(name)) return false;
  const stem = name.slice(0, -'.pdf'.length);
  if (stem.trim() === '' || /^[. ]|[. ]$/u.test(stem)) return false;
  return !WINDOWS_DEVICE_NAMES.test(stem.split('.')[0] ?? '');
}

/** "act.pdf", "act (2).pdf", "act (3).pdf", … up to `limit` names. */
export function numberedFileNames(name: string, limit: number): string[] {
  const stem = name.slice(0, -'.pdf'.length);
  const extension = name.slice(-'.pdf'.length);
  return Array.from({ length: limit }, (_, index) =>
    index === 0 ? name : `${stem} (${index + 1})${extension}`,
  );
}
