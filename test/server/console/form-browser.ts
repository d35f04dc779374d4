import { expect } from 'vitest';

/** A browser without scripts: keeps cookies, follows nothing, reads HTML. */
export class FormBrowser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(
    path: string,
    form?: Record<string, string>,
  ): Promise<{ status: number; location: string | null; html: string }> {
    const response = await fetch(`${this.base}${path}`, {
      method: form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(form === undefined ? {} : { body: new URLSearchParams(form).toString() }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name !== undefined && value !== undefined) this.cookies.set(name, value);
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
    };
  }

  /** Follows a Post/Redirect/Get like a browser does. */
  async submit(path: string, form: Record<string, string>) {
    const posted = await this.request(path, form);
    expect(posted.status, posted.html).toBe(303);
    return this.request(posted.location ?? '/');
  }

  async signIn(login: string, password: string) {
    return this.submit('/console/sign-in', { login, password });
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  csrf(html: string): string {
    const match = /name="csrf" value="([0-9a-f]{64})"/.exec(html);
    if (match?.[1] === undefined) throw new Error('no CSRF token on the page');
    return match[1];
  }
}
