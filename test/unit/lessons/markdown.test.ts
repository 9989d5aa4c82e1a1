import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown, toHtml, type MarkdownIssue } from '../../../src/lessons/markdown';

const md = (text: string, first = 10) => {
  const issues: MarkdownIssue[] = [];
  const blocks = parseMarkdown(
    text.split('\n').map((t, i) => ({ text: t, line: first + i })),
    issues,
  );
  return { blocks, issues, html: toHtml(blocks) };
};

describe('the narration Markdown subset', () => {
  it('renders paragraphs, emphasis, strong, code, lists and safe links', () => {
    const { html, issues } = md(
      'A **bold** and *soft* `code` [specs](https://github.com/ethereum/consensus-specs)\nsame paragraph\n\n- one\n- two\n\n1. first',
    );
    expect(issues).toEqual([]);
    expect(html).toBe(
      '<p>A <strong>bold</strong> and <em>soft</em> <code>code</code> <a href="https://github.com/ethereum/consensus-specs">specs</a> same paragraph</p>\n' +
        '<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>',
    );
  });

  it('lets no raw HTML through: tags are text', () => {
    const { html } = md('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('refuses javascript: and other unsafe links, at their line', () => {
    const { html, issues } = md('first\n[click](javascript:alert(1)) and [x](data:text/html,hi)', 20);
    expect(issues.map((i) => i.line)).toEqual([21, 21]);
    expect(issues[0].message).toMatch(/not allowed/);
    expect(html).not.toMatch(/href/);
  });

  it('refuses strong text left open at the end of its line, at that line (it would print two asterisks)', () => {
    const { html, issues } = md('while **no more\nthan half** of it', 30);
    // the opening "**" on line 30 and the closing one on line 31 are each alone on their line
    const open = 'a "**" is not closed on its line: strong text must end on the line it starts';
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [30, open],
      [31, open],
    ]);
    expect(html).toContain('**no more');
    expect(md('while\n**no more than half** of it').issues).toEqual([]);
  });

  it('parses placeholders and reports a bad one at its line', () => {
    const { blocks, issues } = md('ok {{validator:v1.balance | eth}}\nbad {{validator:v1.balance | furlongs}} {{nonsense}}', 5);
    expect(issues).toHaveLength(2);
    expect(issues.every((i) => i.line === 6)).toBe(true);
    expect(issues[0].message).toMatch(/unknown format "furlongs"/);
    const p = blocks[0];
    expect(p.t === 'p' && p.children.some((c) => c.t === 'value' && c.pathText === 'validator:v1.balance')).toBe(true);
  });

  it('only ever emits whitelisted elements, whatever the input', () => {
    const allowed = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a', 'span']);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const { html } = md(text);
        for (const m of html.matchAll(/<\/?([a-zA-Z]+)([^>]*)>/g)) {
          expect(allowed.has(m[1])).toBe(true);
          const attrs = m[2].trim();
          if (attrs) expect(attrs).toMatch(/^(href="(https?:\/\/|#\/)[^"]*"|class="value")$/);
        }
      }),
    );
  });
});
