/** `text` as a regular expression that matches exactly it (every syntax character escaped). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
