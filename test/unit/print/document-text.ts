/** What a reader sees of an HTML document: tags and the head dropped, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  const body = html.replace(/<head>[\s\S]*?<\/head>/, ' ');
  return decodeEntities(body.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);
}

/** The visible text of each `<li>` of the lists with `class`, in order. */
export function listItems(html: string, className: string): string[][] {
  const lists = [...html.matchAll(new RegExp(`<ol class="${className}">([\\s\\S]*?)</ol>`, 'g'))];
  return lists.map((list) =>
    [...(list[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => visibleText(item[1] ?? '')),
  );
}

/** The text of the `<title>` element. */
export function documentTitle(html: string): string {
  return visibleText(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
}
