/** How producers join a field name's words: snake, camel, Pascal, kebab, upper snake (shared by the property tests). */
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
export const NAME_SPELLINGS: readonly ((words: readonly string[]) => string)[] = [
  (w) => w.join('_'),
  (w) => w[0] + w.slice(1).map(cap).join(''),
  (w) => w.map(cap).join(''),
  (w) => w.join('-'),
  (w) => w.join('_').toUpperCase(),
];
