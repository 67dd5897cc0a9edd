/**
 * XML 1.0 text: markup characters escaped, and characters XML 1.0 cannot carry at all (C0 controls
 * other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) shown as visible \uXXXX escapes instead of
 * producing a document every parser rejects.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Line breaks become character references too, so every physical line of the document is markup we
 * wrote: text from an artifact can never start a line of a CI log with a workflow command (`::error::`),
 * and `##[` (the runner's older command prefix) is broken up the same way.
 */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHAR, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/##\[/g, '#&#35;[');
}

/** Attribute values keep tabs and line breaks (as character references; raw ones are normalised to spaces by parsers). */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;');
}
