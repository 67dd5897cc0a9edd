/** "1 check", "2 checks": counts in messages read as sentences. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
