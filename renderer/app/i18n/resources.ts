import type { Resource, ResourceLanguage } from 'i18next';
import { isLanguage } from './languages';

/** `.../locales/<language>/<namespace>.json` → language and namespace. */
const localePath = /(?:^|\/)locales\/([^/]+)\/([^/]+)\.json$/u;

/**
 * Turns the modules of `locales/<language>/<namespace>.json` into i18next resources.
 * The namespace is the file name, so a namespace file added by anyone is picked up without code.
 */
export function resourcesFromModules(modules: Readonly<Record<string, unknown>>): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const [path, content] of Object.entries(modules)) {
    const match = localePath.exec(path);
    if (!match) throw new Error(`Not a locale file: ${path}`);
    const [, language, namespace] = match;
    if (!isLanguage(language) || namespace === undefined) continue;
    if (typeof content !== 'object' || content === null) {
      throw new Error(`Locale file ${path} does not hold a JSON object`);
    }
    (resources[language] ??= {})[namespace] = content as ResourceLanguage[string];
  }
  return resources;
}

/** Every namespace file of every language, bundled by Vite (the desk works offline). */
export function bundledResources(): Resource {
  return resourcesFromModules(
    // The provider console's texts belong to the server's page, not to the desk.
    import.meta.glob(['../../../locales/*/*.json', '!../../../locales/*/console.json'], {
      eager: true,
      import: 'default',
    }),
  );
}

export function namespacesOf(resources: Resource): string[] {
  const names = new Set<string>();
  for (const bundle of Object.values(resources)) {
    for (const namespace of Object.keys(bundle)) names.add(namespace);
  }
  return [...names].sort();
}
