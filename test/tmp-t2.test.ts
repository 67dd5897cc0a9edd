import { it } from 'vitest';
import { scanText, foldPhrase, type Phrase } from '../gates/claim-tier-order/scan.js';
import { render } from '../src/text/rendered.js';
const P = (s: string): Phrase => ({ phrase: s, folded: foldPhrase(s), source: 'x', why: '', exemptWithin: [] });
it('x', () => {
  const phrases = [P('strict drop-in replacement for Node/Bun')];
  const texts = [
    'We are a **strict** drop-in\n> replacement for Node/Bun',
    '- strict [drop&#x2d;in](http://x) re<span>place</span>ment for Node&#47;Bun',
    '<p>strict drop&shy;in<br>replacement for Node/Bun</p>',
    'ѕtrict drоp–in rеplacеmеnt fоr Nоdе ⁄ Bun',
    '```\nstrict drop-in replacement for Node/Bun\n```',
    '<!-- strict drop-in replacement for Node/Bun -->',
    'strict drop\u200B-in replacement for Node\\/Bun',
    'STRICT DROP-IN REPLACEMENT FOR NODE/BUN',
    '| a | b |\n|---|---|\n| strict drop-in | replacement for Node/Bun |',
    'not a drop-in replacement; strict about Node/Bun',
  ];
  for (const t of texts) { const r = render(t, 'markdown'); console.log(JSON.stringify(t), JSON.stringify(r.text), scanText(t, 'markdown', phrases).map(h => `${h.line}:${h.column} ${h.written}`)); }
});
