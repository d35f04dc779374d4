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
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
const hasLetters = /\p{L}/u;

export interface LiteralText {
  readonly line: number;
  readonly text: string;
}

/**
 * The string literals an expression can evaluate to directly: the literal itself, or either side of
 * `c ? 'a' : 'b'`, `a ?? 'b'`, `a || 'b'`, `a && 'b'` (a template without substitutions counts).
 */
export function literalOutcomes(expression: ts.Expression): ts.StringLiteralLike[] {
  const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
  if (ts.isStringLiteralLike(inner)) return [inner];
  if (ts.isConditionalExpression(inner))
    return [...literalOutcomes(inner.whenTrue), ...literalOutcomes(inner.whenFalse)];
  if (ts.isBinaryExpression(inner)) {
    const operator = inner.operatorToken.kind;
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      return [...literalOutcomes(inner.left), ...literalOutcomes(inner.right)];
    }
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalOutcomes(inner.right);
  }
  return [];
}

/**
 * Literal UI text in a TSX source: JSX text with letters, a string shown as a JSX child
 * (`{'Сақтау'}`, `{done ? 'Дайын' : x}`), or a string in a user-facing attribute.
 */
export function literalUiText(fileName: string, code: string): LiteralText[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, text: string): void => {
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetters.test(node.text)) report(node, node.text);
    const isChild =
      ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent));
    if (isChild && node.expression) {
      for (const literal of literalOutcomes(node.expression)) {
        if (hasLetters.test(literal.text)) report(literal, literal.text);
      }
    }
    if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literals = ts.isStringLiteral(init)
        ? [init]
        : ts.isJsxExpression(init) && init.expression
          ? literalOutcomes(init.expression)
          : [];
      for (const literal of literals) {
        if (hasLetters.test(literal.text)) report(node, literal.text);
      }
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
      if (name === 't' && first) keys.push(...literalOutcomes(first).map((literal) => literal.text));
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
