import { render } from '../dist/src/text/rendered.js';
import { fold } from '../dist/src/text/fold.js';
import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
const md = new MarkdownIt('default', { html: true });
const block = (n) => `## ${n}.0\n\n### Added\n\n- Extension host: the **module loader** honours \`exports\` ([#${n}](https://e.com/pr/${n})).\n- Corpus grows; see <a href="docs/matrix.md">the matrix</a>.\n- Policy &mdash; opt in.\n\n> Startup is faster. Node and Bun.\n\n\`\`\`sh\nnpx run --shard ${n}\n\`\`\`\n\n`;
let s = ''; for (let i = 0; s.length < 1024 * 1024; i++) s += block(i);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); md.parse(s, {}); const a = performance.now() - t;
  t = performance.now(); const x = render(s, 'markdown'); const b = performance.now() - t;
  t = performance.now(); fold(x); const c = performance.now() - t;
  console.log('md-it', a.toFixed(0), 'render', b.toFixed(0), 'fold', c.toFixed(0));
}
