import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const localesRoot = path.resolve(import.meta.dirname, '../../../locales');
export const localeLanguages = ['kk', 'ru', 'en'] as const;

type Tree = { readonly [key: string]: string | Tree };

/** Every `namespace → dotted key → text` of one language, read from locales/<language>/*.json. */
export function readLanguage(language: string): Map<string, Map<string, string>> {
  const namespaces = new Map<string, Map<string, string>>();
  for (const file of readdirSync(path.join(localesRoot, language)).filter((f) => f.endsWith('.json'))) {
    const tree = JSON.parse(readFileSync(path.join(localesRoot, language, file), 'utf8')) as Tree;
    namespaces.set(path.basename(file, '.json'), flatten(tree));
  }
  return namespaces;
}

export function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(dotted, value);
    else flatten(value, dotted, into);
  }
  return into;
}

/** `{{name}}` placeholders of a text, sorted, so languages can be compared. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/gu)].map((m) => m[1] ?? '').sort();
}
