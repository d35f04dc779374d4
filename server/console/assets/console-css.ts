// The provider console's style sheet, kept in code so the server needs no asset files at run time.
export const consoleCss = `/* The provider console: plain, readable, printable. System fonts with Cyrillic and Kazakh glyphs. */
:root {
  --ink: #1b1f24;
  --muted: #57606a;
  --line: #d0d7de;
  --accent: #0b5cad;
  --danger: #b3261e;
  --warn: #8a5a00;
  --ok: #1a7f37;
  font-family: 'Noto Sans', 'Segoe UI', 'DejaVu Sans', Arial, sans-serif;
  color: var(--ink);
  background: #f6f8fa;
}
body {
  margin: 0;
}
.top {
  display: flex;
  flex-wrap: wrap;
  gap: 1rem;
  align-items: center;
  justify-content: space-between;
  padding: 0.75rem 1.5rem;
  background: #fff;
  border-bottom: 1px solid var(--line);
}
.brand {
  display: flex;
  gap: 1rem;
  align-items: baseline;
}
.app-name {
  font-weight: 700;
}
.provider {
  color: var(--muted);
}
.languages {
  display: flex;
  gap: 0.75rem;
}
.languages [aria-current] {
  font-weight: 700;
}
.sign-out {
  display: flex;
  gap: 0.5rem;
  align-items: center;
}
main {
  max-width: 72rem;
  margin: 0 auto;
  padding: 1rem 1.5rem 3rem;
}
a {
  color: var(--accent);
}
:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
}
button {
  font: inherit;
  padding: 0.45rem 1rem;
  border: 1px solid var(--accent);
  border-radius: 4px;
  background: var(--accent);
  color: #fff;
  cursor: pointer;
}
.sign-out button {
  background: #fff;
  color: var(--accent);
}
input,
textarea {
  font: inherit;
  padding: 0.4rem;
  border: 1px solid #8c959f;
  border-radius: 4px;
}
.sign-in form {
  display: grid;
  gap: 0.5rem;
  max-width: 24rem;
}
.views {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1.25rem;
  margin: 1rem 0;
}
.views [aria-current] {
  font-weight: 700;
  text-decoration: none;
  color: var(--ink);
}
table.applications {
  width: 100%;
  border-collapse: collapse;
  background: #fff;
}
table.applications caption {
  text-align: left;
  padding: 0.5rem 0;
  color: var(--muted);
}
table.applications th,
table.applications td {
  text-align: left;
  padding: 0.5rem;
  border-bottom: 1px solid var(--line);
  vertical-align: top;
}
.deadline.overdue strong {
  color: var(--danger);
}
.deadline.due-today strong {
  color: var(--warn);
}
.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.35rem 1.25rem;
}
.facts dt {
  color: var(--muted);
}
.facts dd {
  margin: 0;
}
fieldset {
  display: grid;
  gap: 0.4rem;
  border: 1px solid var(--line);
  border-radius: 4px;
  margin: 0 0 0.75rem;
}
.hint {
  color: var(--muted);
  margin: 0;
}
.notice {
  padding: 0.6rem 0.9rem;
  border-radius: 4px;
  background: #ddf4e4;
  border: 1px solid var(--ok);
}
.notice.error {
  background: #fde7e9;
  border-color: var(--danger);
}
.history time {
  color: var(--muted);
  margin-right: 0.5rem;
}
.history blockquote {
  margin: 0.25rem 0 0.5rem 1rem;
  white-space: pre-wrap;
}
`;

/** A plain mark for the browser tab: a blue square with a white "C". */
export const consoleFavicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><path d="M21 10.5a8 8 0 1 0 0 11" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>`;
