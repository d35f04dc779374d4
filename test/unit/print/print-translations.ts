import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrintLanguage, PrintTranslate } from '../../../renderer/print';

/** The print texts straight from locales/<language>/print.json, without i18next. */
export function printTexts(language: PrintLanguage): unknown {
  const path = fileURLToPath(new URL(`../../../locales/${language}/print.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Dot path → text of every string leaf. */
export function leafTexts(node: unknown, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') leaves.set(path, value);
    else leafTexts(value, path).forEach((text, leaf) => leaves.set(leaf, text));
  }
  return leaves;
}

/**
 * A strict stand-in for i18next's getFixedT: an unknown key or a placeholder without a value
 * throws, so a document asking for a text the files lack fails its test.
 */
export function loadPrintTranslate(language: PrintLanguage): PrintTranslate {
  const texts = leafTexts(printTexts(language));
  return (key, vars) => {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`print.json (${language}) has no key ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars?.[name];
      if (value === undefined) throw new Error(`No value for {{${name}}} in ${key}`);
      return String(value);
    });
  };
}
