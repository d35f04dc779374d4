import { describe, expect, it } from 'vitest';
// Imported under another name so that Prettier leaves the markup of these tests as written.
import { escapeHtml, html as markup, SafeHtml } from '../../../renderer/print/html';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('leaves Kazakh, Russian and other text as it is', () => {
    const text = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі — Ёё № «»';
    expect(escapeHtml(text)).toBe(text);
  });

  it('escapes an ampersand once, so an entity typed by a user prints as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('html', () => {
  it('escapes interpolated text but keeps the template markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(markup`<p class="name">${name}</p>`.toString()).toBe(
      '<p class="name">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('nests SafeHtml without escaping it again, and joins arrays', () => {
    const items = ['a<b', 'c&d'].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}</ul>`.toString()).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('prints nothing for null, undefined and false, and numbers as text', () => {
    expect(markup`[${null}${undefined}${false}${0}${12.5}]`.toString()).toBe('[012.5]');
  });

  it('treats only SafeHtml as markup, not a string that looks like it', () => {
    expect(markup`${'<b>x</b>'}|${SafeHtml.fromTrusted('<b>x</b>')}`.toString()).toBe(
      '&lt;b&gt;x&lt;/b&gt;|<b>x</b>',
    );
  });
});
