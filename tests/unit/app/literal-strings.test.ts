/**
 * Every word a reader sees comes from the message files. This reads the interface's sources with
 * the TypeScript compiler and fails on text written straight into the markup: JSX text with
 * letters in it, and string literals given to the props a reader hears or sees (aria-label,
 * title, placeholder, alt, label, ...) or placed as a child of an element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/**
 * Words that are the same in every language: the product's name, the legend's sample of an
 * underline, and the names of keys as printed on keyboards.
 */
const allowed = new Set(['RegLens', 'abc', 'Alt', 'Shift', 'S']);

/** Props whose value a reader sees or hears. */
const readerProps = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'tag',
  'hint',
  'inheritLabel',
]);

const hasLetters = (text: string) => /\p{L}/u.test(text);

function sources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tsx')) files.push(path);
    }
  };
  walk(resolve(root, 'components'));
  walk(resolve(root, 'content'));
  walk(resolve(root, 'entrypoints'));
  return files;
}

/** The literal texts an expression can evaluate to, through conditionals, && and ||, and +. */
function literalTexts(node: ts.Expression): { text: string; node: ts.Node }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return [{ text: node.text, node }];
  if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return [{ text, node }];
  }
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  return [];
}

export function literalStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (value: string, node: ts.Node) => {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    if (!hasLetters(trimmed) || allowed.has(trimmed)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, file)}:${line + 1}: ${JSON.stringify(trimmed)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node.text, node);
    else if (ts.isJsxAttribute(node) && readerProps.has(node.name.getText(source))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init.text, init);
      else if (init && ts.isJsxExpression(init) && init.expression)
        for (const literal of literalTexts(init.expression)) report(literal.text, literal.node);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const literal of literalTexts(node.expression)) report(literal.text, literal.node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('reader-visible strings', () => {
  it('are all read from the message files, none written into the markup', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => literalStrings(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches text, labels and conditional words written in the markup', () => {
    const sample = `
      const a = <p title="Close it">Hello <b>{busy ? 'Saving…' : t('x')}</b> · {'RegLens'}</p>;
      const b = <input aria-label={\`Edit \${name}\`} placeholder={t('y')} />;`;
    expect(literalStrings(resolve(root, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:2: "Close it"',
      'sample.tsx:2: "Hello"',
      'sample.tsx:2: "Saving…"',
      'sample.tsx:3: "Edit"',
    ]);
  });
});
