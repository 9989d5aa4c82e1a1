/**
 * A small, safe Markdown subset for narration, written here rather than taken from a library because the subset
 * is tiny and the output is not HTML but a typed tree the UI renders as text nodes: paragraphs, bullet and
 * numbered lists, **strong**, *emphasis*, `code`, [links](https://...) and {{placeholders}}. Nothing else is
 * interpreted: `<b>` stays the four characters "<b>", so no raw HTML can pass through, and a link may only
 * point to http(s) or to an in-app route (#/...). toHtml() renders the tree with a fixed whitelist of elements
 * and escapes every text, for the CLI, embeds and tests.
 */
import { FORMATS, type Format } from './format';
import { parsePath, type Path } from './path';

export type Inline =
  | { t: 'text'; text: string }
  | { t: 'code'; text: string }
  | { t: 'strong' | 'em'; children: Inline[] }
  | { t: 'link'; href: string; children: Inline[] }
  /** A placeholder: `text` is filled in by fill() from the step's state. */
  | { t: 'value'; path: Path; pathText: string; format: Format; line: number; text?: string };

export type Block = { t: 'p'; children: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] };

export interface MarkdownIssue {
  line: number;
  message: string;
}

export interface SourceLine {
  text: string;
  line: number;
}

const SAFE_HREF = /^(https?:\/\/[^\s"'<>]+|#\/[A-Za-z0-9/_.-]*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Parses lines (with their line numbers in the lesson file) into blocks; problems go to `issues`. */
export function parseMarkdown(lines: readonly SourceLine[], issues: MarkdownIssue[]): Block[] {
  const blocks: Block[] = [];
  let para: SourceLine[] = [];
  let list: { t: 'ul' | 'ol'; items: Inline[][] } | null = null;
  const flush = () => {
    if (para.length) {
      const children: Inline[] = [];
      para.forEach((l, i) => {
        if (i > 0) children.push({ t: 'text', text: ' ' });
        children.push(...parseInline(l.text.trim(), l.line, issues));
      });
      blocks.push({ t: 'p', children: merge(children) });
      para = [];
    }
    if (list) {
      blocks.push(list);
      list = null;
    }
  };
  for (const l of lines) {
    if (l.text.trim() === '') {
      flush();
      continue;
    }
    const bullet = BULLET.exec(l.text);
    const numbered = bullet ? null : NUMBERED.exec(l.text);
    const item = bullet ?? numbered;
    if (item) {
      const t = bullet ? 'ul' : 'ol';
      if (para.length || (list && list.t !== t)) flush();
      list ??= { t, items: [] };
      list.items.push(parseInline(item[1].trim(), l.line, issues));
      continue;
    }
    if (list && /^\s+\S/.test(l.text)) {
      // an indented continuation of the last list item
      const last = list.items[list.items.length - 1];
      last.push({ t: 'text', text: ' ' }, ...parseInline(l.text.trim(), l.line, issues));
      list.items[list.items.length - 1] = merge(last);
      continue;
    }
    if (list) flush();
    if (/^\s*#/.test(l.text)) issues.push({ line: l.line, message: 'headings are not allowed in narration' });
    para.push(l);
  }
  flush();
  return blocks;
}

/** Joins adjacent text nodes. */
function merge(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.t === 'text' && last?.t === 'text') out[out.length - 1] = { t: 'text', text: last.text + n.text };
    else out.push(n);
  }
  return out;
}

export function parseInline(s: string, line: number, issues: MarkdownIssue[]): Inline[] {
  const out: Inline[] = [];
  let textBuf = '';
  const push = (n: Inline) => {
    if (textBuf) out.push({ t: 'text', text: textBuf });
    textBuf = '';
    out.push(n);
  };
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    if (rest.startsWith('{{')) {
      const end = s.indexOf('}}', i + 2);
      if (end < 0) {
        issues.push({ line, message: 'a placeholder "{{" is not closed with "}}"' });
        textBuf += rest;
        break;
      }
      const placeholder = parsePlaceholder(s.slice(i + 2, end), line, issues);
      if (placeholder) push(placeholder);
      i = end + 2;
      continue;
    }
    if (rest.startsWith('`')) {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        push({ t: 'code', text: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('**')) {
      const end = s.indexOf('**', i + 2);
      if (end > i + 2) {
        push({ t: 'strong', children: parseInline(s.slice(i + 2, end), line, issues) });
        i = end + 2;
        continue;
      }
      // lines are read one by one (so a problem names its line): a "**" left open would show as two asterisks
      if (end < 0) issues.push({ line, message: 'a "**" is not closed on its line: strong text must end on the line it starts' });
    }
    if ((rest.startsWith('*') || rest.startsWith('_')) && !/\w/.test(s[i - 1] ?? '') && /\S/.test(s[i + 1] ?? '')) {
      const end = s.indexOf(s[i], i + 1);
      if (end > i + 1 && !/\w/.test(s[end + 1] ?? '')) {
        push({ t: 'em', children: parseInline(s.slice(i + 1, end), line, issues) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('[')) {
      const m = /^\[([^\]]+)\]\(([^)\s]*)\)/.exec(rest);
      if (m) {
        if (SAFE_HREF.test(m[2])) push({ t: 'link', href: m[2], children: parseInline(m[1], line, issues) });
        else {
          issues.push({ line, message: `link "${m[2]}" is not allowed: use https://... or an in-app route #/...` });
          push({ t: 'text', text: m[1] });
        }
        i += m[0].length;
        continue;
      }
    }
    textBuf += s[i];
    i += 1;
  }
  if (textBuf) out.push({ t: 'text', text: textBuf });
  return out;
}

function parsePlaceholder(body: string, line: number, issues: MarkdownIssue[]): Inline | null {
  const [pathText, formatText, ...extra] = body.split('|').map((x) => x.trim());
  if (extra.length) {
    issues.push({ line, message: `placeholder "{{${body}}}" has more than one "|"` });
    return null;
  }
  const path = parsePath(pathText);
  if (!path.ok) {
    issues.push({ line, message: `placeholder "{{${body}}}": ${path.error}` });
    return null;
  }
  const format = (formatText ?? 'auto') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    issues.push({ line, message: `placeholder "{{${body}}}": unknown format "${format}" (one of ${FORMATS.join(', ')})` });
    return null;
  }
  return { t: 'value', path: path.path, pathText, format, line };
}

/** Every placeholder in some blocks, in order. */
export function placeholders(blocks: readonly Block[]): Extract<Inline, { t: 'value' }>[] {
  const out: Extract<Inline, { t: 'value' }>[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const n of nodes) {
      if (n.t === 'value') out.push(n);
      else if (n.t === 'strong' || n.t === 'em' || n.t === 'link') walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.t === 'p') walk(b.children);
    else b.items.forEach(walk);
  }
  return out;
}

/** A copy of `blocks` with each placeholder's text set by `text(node)`. */
export function fill(blocks: readonly Block[], text: (node: Extract<Inline, { t: 'value' }>) => string): Block[] {
  const map = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((n) => {
      if (n.t === 'value') return { ...n, text: text(n) };
      if (n.t === 'strong' || n.t === 'em' || n.t === 'link') return { ...n, children: map(n.children) };
      return n;
    });
  return blocks.map((b) => (b.t === 'p' ? { t: 'p', children: map(b.children) } : { t: b.t, items: b.items.map(map) }));
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return escape(n.text);
        case 'code':
          return `<code>${escape(n.text)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(n.children)}</em>`;
        case 'link':
          return `<a href="${escape(n.href)}">${inlineHtml(n.children)}</a>`;
        case 'value':
          return `<span class="value">${escape(n.text ?? `{{${n.pathText}}}`)}</span>`;
      }
    })
    .join('');
}

/** The tree as HTML: only p, ul, ol, li, strong, em, code, a[href] and span.value; every text escaped. */
export function toHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.t === 'p'
        ? `<p>${inlineHtml(b.children)}</p>`
        : `<${b.t}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${b.t}>`,
    )
    .join('\n');
}

/** The tree as plain text (for the aria-live log and tests). */
export function toText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((n) =>
        n.t === 'text' || n.t === 'code'
          ? n.text
          : n.t === 'value'
            ? (n.text ?? `{{${n.pathText}}}`)
            : inline(n.children),
      )
      .join('');
  return blocks
    .map((b) => (b.t === 'p' ? inline(b.children) : b.items.map((i) => `- ${inline(i)}`).join('\n')))
    .join('\n\n');
}
