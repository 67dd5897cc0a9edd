/**
 * Artifact and config text in the markdown report (full_suite_report.md, the GitHub step summary)
 * renders as itself: parsed back with a CommonMark+GFM parser, a hostile finding message adds no
 * HTML, heading, link, image or table cell (`_` emphasis is allowed: cosmetic), and no control character or ANSI escape reaches the file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/output/report.js';
import { mdCode, mdFence, mdInline } from '../../src/reporters/markdown.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

type Node = { type: string; value?: string; children?: Node[]; depth?: number };
const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as Node;
function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}
const textOf = (node: Node): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');

const HOSTILE = [
  'ok\r\n# Injected heading',
  '\u001b[31mRED\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'a | b | c',
  '<!-- the rest of the report is hidden',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example) ![pixel](https://evil.example/p.png)',
  '```\n## fenced out\n```',
  '&lt;!-- entity &#x3C;!--',
  '# heading',
  '\u202eevil\u202c',
  '- [ ] task',
  '1. list',
];

describe('markdown escaping', () => {
  it.each(HOSTILE)('mdInline(%j) parses back to exactly one text paragraph with no control characters', (hostile) => {
    const md = mdInline(hostile);
    expect(md).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    const tree = parse(`x ${md}`);
    expect(tree.children?.map((c) => c.type)).toEqual(['paragraph']);
    walk(tree, (n) => expect(['root', 'paragraph', 'text']).toContain(n.type));
  });

  it('mdCode and mdFence hold any backtick run', () => {
    expect(mdCode('a``b')).toBe('```a``b```');
    expect(mdInline('see https://evil.example and www.evil.example')).toBe('see https\\[:\\]//evil.example and www\\[.\\]evil.example');
    expect(mdFence('x ```` y')).toBe('`````');
    const tree = parse(`| a | ${mdCode('x | y')} |\n|---|---|\n`);
    walk(tree, (n) => expect(n.type).not.toBe('html'));
  });

  it('property: any text in a table cell keeps the row at its cell count and adds no structure', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '|', '<', '>', '!', '[', ']', '(', ')', '`', '*', '#', '\n', '\r', '\u001b', '&', '-', '\\', '~', '_', '1', '.') }), (s) => {
        const tree = parse(`| a | b |\n|---|---|\n| ${mdInline(s)} | ${mdCode(s)} |\n`);
        const table = tree.children?.[0];
        if (table?.type !== 'table') return false;
        const rows = table.children ?? [];
        let ok = rows.length === 2 && rows.every((r) => r.children?.length === 2);
        walk(tree, (n) => {
          if (['html', 'link', 'image', 'heading', 'list', 'code', 'linkReference', 'imageReference', 'delete'].includes(n.type)) ok = false;
        });
        return ok;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the report', () => {
  it('a hostile artifact value and waiver-free run: full_suite_report.md has only the report\'s own structure', async () => {
    const status = HOSTILE.join(' ');
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'ext', type: 'artifact_status', options: { path: 'r.json', pointer: '/status', allowed: ['pass'] } }]),
      'r.json': JSON.stringify({ status }),
    });
    const { verdict } = await verify({ root, now: '2026-03-10T12:00:00Z', write: false });
    const md = renderReport(verdict, () => undefined, 'npx gate-engine verify --gate ext');
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    const tree = parse(md);
    const headings: string[] = [];
    walk(tree, (n) => {
      expect(['html', 'link', 'image']).not.toContain(n.type);
      if (n.type === 'heading') headings.push(textOf(n));
      if (n.type === 'table') for (const row of n.children ?? []) expect(row.children?.length).toBe((n.children?.[0]?.children ?? []).length);
    });
    expect(headings).toEqual(['Full-Suite CI Gate Report', 'Summary', 'Gate Results', 'Issues Requiring Attention', expect.stringContaining('FAIL'), 'Replay']);
    expect(md).toContain('\\u{1b}');
  });
});
