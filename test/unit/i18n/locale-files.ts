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
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      flatten(value, dotted, into);
    else throw new Error(`${dotted}: a translation is a string or an object of translations`);
  }
  return into;
}

/** `{{name}}` placeholders of a text, sorted, so languages can be compared. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/gu)].map((m) => m[1] ?? '').sort();
}

const pluralSuffix = /_(?:ordinal_)?(zero|one|two|few|many|other)$/u;

/**
 * The keys of a namespace as languages must share them: a plural form (`files_one`, `files_few`…)
 * counts as its base key (`files`), since Russian needs forms Kazakh and English do not.
 */
export function sharedKeys(texts: ReadonlyMap<string, string>): string[] {
  return [...new Set([...texts.keys()].map((key) => key.replace(pluralSuffix, '')))].sort();
}

/** Plural base key → the plural categories this language's texts give it. */
export function pluralForms(texts: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of texts.keys()) {
    const match = pluralSuffix.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index) + (key.includes('_ordinal_') ? ' (ordinal)' : '');
    const set = forms.get(base) ?? new Set<string>();
    set.add(match[1] ?? '');
    forms.set(base, set);
  }
  return forms;
}

/** The plural categories a language needs (CLDR, via Intl): kk and en one/other, ru one/few/many/other. */
export function requiredPluralCategories(language: string, ordinal: boolean): string[] {
  return new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
    .pluralCategories;
}

/** Placeholders of a key across all its plural forms, so forms may differ but languages may not. */
export function placeholdersOfKey(texts: ReadonlyMap<string, string>, sharedKey: string): string[] {
  const forms = [...texts].filter(
    ([key]) => key === sharedKey || key.replace(pluralSuffix, '') === sharedKey,
  );
  return [...new Set(forms.flatMap(([, text]) => placeholdersOf(text)))].sort();
}
