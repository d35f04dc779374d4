import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const rendererRoot = path.resolve(import.meta.dirname, '../../../renderer');

export function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [full] : [];
  });
}

/** Attributes a person reads or hears: a literal string there is UI text. */
const userFacingAttributes = new Set([
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'alt',
  'label',
]);
const hasLetters = /\p{L}/u;

export interface LiteralText {
  readonly line: number;
  readonly text: string;
}

/** Literal UI text in a TSX source: JSX text with letters, or a string in a user-facing attribute. */
export function literalUiText(fileName: string, code: string): LiteralText[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, text: string): void => {
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetters.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal && hasLetters.test(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Literal keys passed to t('…') / i18n.t('…') / <Trans i18nKey="…">, with the namespace if given. */
export function translationKeysUsed(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const [first] = node.arguments;
      if (name === 't' && first && ts.isStringLiteralLike(first)) keys.push(first.text);
    }
    if (
      ts.isJsxAttribute(node) &&
      node.name.getText(source) === 'i18nKey' &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      keys.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}
