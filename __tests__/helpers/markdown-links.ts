/**
 * Reads markdown as GitHub renders it, for the docs checks: the links a page makes, the
 * anchors its headings get, and the first-column names of the table under a heading.
 * marked does the parsing (code blocks, inline code and tables are easy to get wrong with
 * regular expressions); github-slugger makes the same anchors as github.com.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';

/** A token and the tokens inside it (inline text, list items, table cells). */
function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) yield* walk(cell.tokens);
    }
    if (token.type === 'list') yield* walk((token as Tokens.List).items);
    if ('tokens' in token && Array.isArray(token.tokens)) yield* walk(token.tokens);
  }
}

/** The text a reader sees, as GitHub slugs it (inline code without its backticks). */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
        return plainText(token.tokens);
      }
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
}

export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading') anchors.add(slugger.slug(plainText((token as Tokens.Heading).tokens)));
  }
  return anchors;
}

export function linkTargets(markdown: string): string[] {
  const hrefs: string[] = [];
  for (const token of walk(marked.lexer(markdown))) {
    if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
  }
  return hrefs;
}

/**
 * The problems of one page's relative links: a file that does not exist, or an anchor that no
 * heading of the markdown file it points at makes. Web links are not fetched.
 */
export function brokenLinks(file: string, markdown: string): string[] {
  const problems: string[] = [];
  for (const href of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto:
    const [target = '', anchor] = href.split('#', 2);
    const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
    if (target !== '' && !existsSync(resolved)) {
      problems.push(`${href}: no file ${path.relative(process.cwd(), resolved)}`);
      continue;
    }
    if (anchor === undefined || anchor === '' || !resolved.endsWith('.md')) continue;
    const anchors =
      resolved === file ? headingAnchors(markdown) : headingAnchors(readFileSync(resolved, 'utf8'));
    if (!anchors.has(decodeURIComponent(anchor))) problems.push(`${href}: no heading makes #${anchor}`);
  }
  return problems;
}

/**
 * The tables between the heading `heading` and the next heading, each as the markdown of its
 * cells: `[first cell, second cell, …]` per row.
 */
export function tablesUnderHeading(markdown: string, heading: string): string[][][] {
  const tokens = marked.lexer(markdown);
  const start = tokens.findIndex(
    (token) => token.type === 'heading' && plainText((token as Tokens.Heading).tokens) === heading,
  );
  if (start < 0) return [];
  const tables: string[][][] = [];
  for (const token of tokens.slice(start + 1)) {
    if (token.type === 'heading') break;
    if (token.type === 'table') {
      tables.push((token as Tokens.Table).rows.map((row) => row.map((cell) => cell.text)));
    }
  }
  return tables;
}

/** The rows of the first table under the heading `heading` (see {@link tablesUnderHeading}). */
export function tableUnderHeading(markdown: string, heading: string): string[][] {
  return tablesUnderHeading(markdown, heading)[0] ?? [];
}

/** The `code` spans of a cell's markdown: the names a row documents. */
export function codeNames(cellMarkdown: string): string[] {
  return [...walk(marked.lexer(cellMarkdown))]
    .filter((token) => token.type === 'codespan')
    .map((token) => (token as Tokens.Codespan).text);
}
