import { DOCUMENT_ORIGIN } from '../../app-origin';

/**
 * Documents waiting to be rendered by the hidden print window, held in memory only: receipts carry
 * personal data, so they are not written to a temporary file, and data: URLs stop at 2 MB.
 * The print window's private session serves app://print/<id>.html from here.
 */
export class DocumentJobs {
  readonly #documents = new Map<string, string>();
  readonly #newId: () => string;

  constructor(newId: () => string) {
    this.#newId = newId;
  }

  /** Stores the HTML and answers the URL the print window loads. */
  add(html: string): { readonly id: string; readonly url: string } {
    const id = this.#newId();
    if (!/^[A-Za-z0-9-]{8,64}$/u.test(id)) throw new Error('document job ids must be opaque tokens');
    this.#documents.set(id, html);
    return { id, url: `${DOCUMENT_ORIGIN}/${id}.html` };
  }

  remove(id: string): void {
    this.#documents.delete(id);
  }

  /** The HTML for a request URL, or null: unknown job, other host, anything but /<id>.html. */
  lookup(requestUrl: string): string | null {
    const prefix = `${DOCUMENT_ORIGIN}/`;
    if (!requestUrl.startsWith(prefix)) return null;
    const match = /^([A-Za-z0-9-]{8,64})\.html$/u.exec(requestUrl.slice(prefix.length));
    return match?.[1] === undefined ? null : (this.#documents.get(match[1]) ?? null);
  }

  get size(): number {
    return this.#documents.size;
  }
}
