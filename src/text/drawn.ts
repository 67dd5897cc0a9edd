/**
 * What a page draws of its markup, for judging a value by what a reader sees: the content of elements a browser does not
 * draw (`hidden`, `display:none`, `visibility:hidden`, `font-size:0`, `opacity:0`, `<template>`, `<noscript>`, a class a
 * `<style>` rule hides) and of struck-out elements (`<del>`, `<s>`, `<strike>`, `text-decoration: line-through`, GFM
 * `~~x~~` and `~x~`) left out, and the text a `<style>` rule's `::before`/`::after` `content` draws put in.
 * `<span style="display:none">2026</span>TBD` draws "TBD"; `<del>2026-03-01</del> TBD` shows a value withdrawn and a marker.
 *
 * Read without a DOM, tag by tag in one pass: only elements that hide, strike or carry generated text are followed, so
 * a page of ordinary tags costs one scan. A sheet's selectors are not matched as CSS matches them: an element whose
 * tag, class, id or an attribute is named by a rule's last compound selector is taken to match it (a rule read too
 * widely can only hide more, which the caller judges as one more reading). A sheet linked from elsewhere is not read.
 */
import { createRequire } from 'node:module';
import { htmlMarkup, VOID_ELEMENTS } from './html-tags.js';

let htmlDecoder: ((text: string) => string) | undefined;
/** HTML's character references, every one HTML knows, loaded on the first value that holds one (the table costs ~20 ms at start-up). */
export const decodeHtml = (text: string): string => (htmlDecoder ??= (createRequire(import.meta.url)('entities') as typeof import('entities')).decodeHTML)(text);

/**
 * `text` with the character references that spell a tab or a line break (`&#10;`, `&#x0A;`, `&#9;`, `&#13;`, `&#12;`,
 * `&NewLine;`, `&Tab;`, without their `;` too, and encoded again as `&amp;#10;`) made the characters they spell: a page
 * draws them as the break or the space they are, so every reader must part the words on either side of them as it
 * parts them at a written one (`Build&#10;failed` is `Build` over `failed`, never the one word `Build&#10;failed`, nor
 * `Buildfailed` once the control is dropped as invisible). Other references are left to {@link decodeHtml}.
 */
export function whitespaceReferencesDecoded(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(WHITESPACE_REFERENCE, (_: string, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    String.fromCharCode(dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : name?.toLowerCase() === 'tab' ? 9 : 10));
}
const WHITESPACE_REFERENCE = /&(?:amp;){0,3}(?:#0{0,8}(9|1[0-3])(?![0-9])|#[xX]0{0,8}([9a-dA-D])(?![0-9a-fA-F])|(Tab|NewLine)(?=;));?/gu;

/** An attribute of a start tag: its name, and its value quoted either way or bare. */
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu;

/**
 * The value of the attribute `name` among a start tag's attributes, as HTML reads them (`/` parts attributes, the first
 * of two wins), its character references decoded (`role="&#104;eading"`, `dir="&#114;tl"`); undefined when absent.
 */
export function attributeValue(attributes: string, name: string): string | undefined {
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    if ((m[1] as string).toLowerCase() !== name) continue;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    return raw.includes('&') ? decodeHtml(raw) : raw;
  }
  return undefined;
}

/** CSS text as CSS reads it, its case kept: comments dropped, escapes decoded (`\72 tl` is `rtl`). */
const cssText = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/gu, ' ')
    .replace(/\\(?:([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\n\f\r])?|([^\n\r\f0-9A-Fa-f]))/gu, (_, hex: string | undefined, char: string | undefined) =>
      hex === undefined ? (char as string) : String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd),
    );
/** CSS text as CSS reads it, lowercased: comments dropped, escapes decoded (`\72 tl` is `rtl`). */
export const cssPlain = (css: string): string => cssText(css).toLowerCase();

/**
 * A declaration block's declarations as CSS reads them, lowercased: comments dropped, escapes decoded (`\72 tl` is
 * `rtl`), the last declaration of a property winning unless an earlier one is `!important`.
 */
export function cssDeclarations(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const important = new Set<string>();
  for (const declaration of cssPlain(style).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    const isImportant = /!\s*important$/u.test(value);
    if (important.has(property) && !isImportant) continue;
    if (isImportant) important.add(property);
    declarations.set(property, value.replace(/!\s*important$/u, '').trim());
  }
  return declarations;
}

/** A length, size or opacity of zero in any unit (`0`, `0px`, `.0em`, `0%`). */
const ZERO = /^[+-]?(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?$/u;
/** The `font` shorthand with a zero size (`font: 0/0 a`, `font: bold 0 serif`). */
const ZERO_FONT = /(?:^|\s)[+-]?(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?(?:\s*\/|\s|$)/u;

/** A CSS number with its unit (`-1e4px`, `.5em`, `0%`), or undefined when the value is not one. */
function cssNumber(value: string | undefined): { n: number; unit: string } | undefined {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)([a-z]*|%)$/u.exec(value ?? '');
  return m === null ? undefined : { n: Number(m[1]), unit: m[2] as string };
}
/** A size too small to read (under a tenth of any unit, under 2px): `font-size: 0.0001px` draws nothing a reader sees. */
const unreadablySmall = (value: string | undefined): boolean => {
  const v = cssNumber(value);
  return v !== undefined && (v.n < 0.1 || (v.unit === 'px' && v.n < 2));
};
/** An offset that moves an element a page's width away (`-9999px`, `-1e4px`, `-100em`). */
const farOff = (value: string | undefined, sign: 1 | -1): boolean => {
  const v = cssNumber(value);
  return v !== undefined && v.n * sign >= (v.unit === 'px' || v.unit === '' ? 999 : 99);
};
/** A colour that draws nothing: `transparent`, or an alpha of zero (`rgba(0,0,0,0)`, `hsl(0 0% 0% / 0)`, `#fff0`, `#ffffff00`). */
/**
 * A colour drawn as nothing: `transparent`, or one whose alpha is (nearly) zero in any spelling ({@link colourOf}: `#0000`,
 * `rgba(0,0,0,0)`, `hsl(0 0% 0% / 0%)`), or in the other notations an alpha of zero after the slash (`oklch(0 0 0 / 0)`).
 * A colour of three channels is opaque: `rgb(255, 0, 0)` is red, its last 0 the blue channel (session 36).
 */
const TRANSPARENT = { test: (colour: string): boolean => transparentColour(colour) };
function transparentColour(colour: string): boolean {
  const v = colour.trim();
  if (v === 'transparent') return true;
  const parsed = colourOf(v);
  if (parsed !== undefined) return parsed[3] < 0.05;
  return OTHER_NOTATION_TRANSPARENT.test(v);
}
const OTHER_NOTATION_TRANSPARENT = /^(?:hwb|lab|lch|oklab|oklch|color|rgba?|hsla?)\([^()]*\/\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)$|^(?:rgba|hsla)\((?:[^(),]*,){3}\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)$/u;
/** A clip that leaves no area: `rect(0…)`, or a rect whose bottom is at its top or right at its left (`rect(1px,1px,1px,1px)`). */
function clippedAway(clip: string | undefined): boolean {
  const m = /^rect\((.*)\)$/u.exec(clip ?? '');
  if (m === null) return false;
  const [top, right, bottom, left] = (m[1] as string).split(/\s*,\s*|\s+/u).map((x) => cssNumber(x.trim())?.n);
  return top === 0 || (top !== undefined && bottom !== undefined && bottom <= top) || (left !== undefined && right !== undefined && right <= left);
}
/** A clip-path that leaves no area: an inset of half or all of a side, a circle or ellipse of radius 0, a polygon of one point. */
function clipPathAway(path: string | undefined): boolean {
  if (path === undefined) return false;
  if (/^(?:circle|ellipse)\(\s*0(?:\.0*)?[a-z%]*\b/u.test(path)) return true;
  const inset = /^inset\(([^)]*)\)/u.exec(path);
  if (inset !== null) return (inset[1] as string).split(/\s+/u).some((x) => /^(?:[5-9]\d|\d{3,})(?:\.\d*)?%$/u.test(x));
  const polygon = /^polygon\(([^)]*)\)/u.exec(path);
  return polygon !== null && new Set((polygon[1] as string).split(',').map((p) => p.trim().replace(/\s+/gu, ' '))).size <= 1;
}

/**
 * Why declarations (lowercased, as {@link cssDeclarations} reads them) leave an element's text undrawn or struck out,
 * or undefined: not displayed, invisible, of no size or opacity (or too little to read), scaled to nothing, clipped away
 * or pushed off the page as screen-reader-only text is, drawn in a transparent colour or the colour of its own
 * background, or struck through.
 */
function undrawnBy(style: ReadonlyMap<string, string>, variables?: PageVariables): boolean {
  for (const value of style.values()) if (value.includes('var(')) return resolvedFully(style, variables).some((reading) => undrawnAsWritten(withMathSettled(reading)));
  return undrawnAsWritten(withMathSettled(style));
}
/**
 * Readings with a `var()` left in a value taken (a fallback that is one, `var(--a, var(--h))`; a property defined by
 * another, `--g: var(--h)`) read again, a few levels deep: CSS substitutes them all before the value is used.
 */
function resolvedFully(style: ReadonlyMap<string, string>, variables: PageVariables | undefined): ReadonlyMap<string, string>[] {
  let readings = resolvedReadings(style, variables);
  for (let depth = 0; depth < 4 && readings.some((r) => [...r.values()].some((v) => v.includes('var('))); depth++) {
    readings = readings.flatMap((r) => ([...r.values()].some((v) => v.includes('var(')) ? [r, ...resolvedReadings(r, variables)] : [r])).slice(0, MAX_READINGS * 4);
  }
  return readings;
}
/**
 * A declaration block with each math function whose value is plain settled to it (`calc(0px)`, `calc(0 * 1px)`,
 * `min(0px, 1em)`, `clamp(0px, 1vw, 0px)`): a size or opacity of zero computed is zero as written.
 */
function withMathSettled(style: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (![...style.values()].some((v) => /(?:calc|min|max|clamp)\(/u.test(v))) return style;
  return new Map([...style].map(([k, v]) => [k, settledMath(v)]));
}
function settledMath(value: string): string {
  let v = value;
  for (let i = 0; i < 4 && /(?:calc|min|max|clamp)\([^()]*\)/u.test(v); i++) {
    v = v.replace(/(calc|min|max|clamp)\(([^()]*)\)/gu, (all, fn: string, body: string) => {
      const args = body.split(',').map((a) => a.trim());
      const zero = (a: string): boolean => ZERO.test(a) || (cssNumber(a)?.n ?? 1) < 0;
      if (fn === 'calc') {
        // A sum is left as written (`calc(0 * 1px + 1em)` is 1em).
        if (/\s[+-]\s/u.test(body)) return all;
        const factors = body.split('*').map((f) => f.trim());
        if (factors.length > 1 && factors.some((f) => ZERO.test(f))) return '0';
        return /^[^\s+/-][^\s]*$/u.test(body.trim()) ? body.trim() : all;
      }
      if (fn === 'min') return args.some(zero) ? '0' : args.length === 1 ? (args[0] as string) : all;
      if (fn === 'clamp') return args.length === 3 && zero(args[2] as string) ? '0' : all;
      return args.length > 0 && args.every(zero) ? '0' : all;
    });
  }
  return v;
}

/** Every value a page gives a custom property (`--h: none`), in its sheets and its style attributes, by name. */
export type PageVariables = ReadonlyMap<string, readonly string[]>;
// A custom property's name may hold any letter beyond ASCII (`--ñ`, `--隐`, `--🙈`), as CSS names may.
const VARIABLE_DEFINITION = /(--(?:[a-z0-9_-]|[^\x00-\x7f])+)\s*:\s*([^;{}"'<>]{1,200})/gu;
const VARIABLE_USE = /var\(\s*(--(?:[a-z0-9_-]|[^\x00-\x7f])+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/gu;
const MAX_READINGS = 32;
const PROPERTY_INITIAL_VALUE = /@property\s+(--(?:[a-z0-9_-]|[^\x00-\x7f])+)\s*\{[^{}]*?initial-value\s*:\s*([^;{}"'<>]{1,200})/gu;
/** The custom properties a page defines anywhere (over-read: a definition on any element may be inherited by any other). */
export function pageVariables(text: string): PageVariables | undefined {
  if (!text.includes('--') || !/var\(/iu.test(text)) return undefined;
  const variables = new Map<string, string[]>();
  // A registered property's `initial-value` (`@property --h {initial-value: 0px}`) is its value where none is given.
  for (const m of cssPlain(text).matchAll(PROPERTY_INITIAL_VALUE)) {
    const values = variables.get(m[1] as string) ?? [];
    if (values.length < MAX_READINGS) values.push((m[2] as string).trim());
    variables.set(m[1] as string, values);
  }
  for (const m of cssPlain(text).matchAll(VARIABLE_DEFINITION)) {
    const values = variables.get(m[1] as string) ?? [];
    if (values.length < MAX_READINGS) values.push((m[2] as string).replace(/!\s*important\s*$/u, '').trim());
    variables.set(m[1] as string, values);
  }
  return variables.size === 0 ? undefined : variables;
}
/**
 * A declaration block with each `var()` replaced by every value it may take (the block's own definition, any the page
 * gives, its fallback), one reading per value; a value no definition reaches is left out, as CSS drops a declaration
 * invalid at computed-value time. `--h: none` on one element and `display: var(--h)` on another hide as `display: none`.
 */
function resolvedReadings(style: ReadonlyMap<string, string>, variables: PageVariables | undefined): ReadonlyMap<string, string>[] {
  const readings: Map<string, string>[] = [];
  const plain = new Map([...style].filter(([, v]) => !v.includes('var(')));
  for (const [property, value] of style) {
    if (!value.includes('var(')) continue;
    const uses = [...value.matchAll(VARIABLE_USE)];
    const first = uses[0];
    if (first === undefined) continue;
    const name = first[1] as string;
    // A colour the page sets in several places is a theme's (`:root{--text:#222} .hero{--text:#fff}`): which one an
    // element inherits needs the element tree, and pooled they draw white on white where no element does (review at).
    // A colour the page sets once is every element's; a hiding value (`none`, `0`) is read wherever it is set.
    const pageValues = variables?.get(name) ?? [];
    const fromPage = COLOUR_PROPERTIES.has(property) && pageValues.length > 1 ? [] : pageValues;
    const candidates = [...(style.has(name) ? [style.get(name) as string] : []), ...fromPage, ...(first[2] === undefined ? [] : [first[2].trim()])];
    for (const candidate of candidates.slice(0, MAX_READINGS)) {
      // A value made of several variables (`var(--a) var(--b)`) is read with each in turn, the others as written.
      readings.push(new Map([...plain, [property, value.replace(first[0], candidate)]]));
    }
  }
  return readings.length === 0 ? [plain] : readings;
}

const COLOUR_PROPERTIES: ReadonlySet<string> = new Set(['color', '-webkit-text-fill-color', 'background', 'background-color']);

/**
 * A colour as red, green, blue (0-255) and alpha (0-1) in any spelling CSS gives one: a named colour, hex of 3, 4, 6 or
 * 8 digits, `rgb()`/`rgba()` with numbers or percentages (commas or spaces, `/ alpha`), `hsl()`/`hsla()`; or undefined.
 */
function colourOf(value: string): [number, number, number, number] | undefined {
  const v = value.trim().toLowerCase().replace(/\s*!important$/u, '');
  const named = NAMED_COLOURS().get(v);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/u.exec(named ?? v)?.[1];
  if (hex !== undefined) {
    const digits = hex.length <= 4 ? [...hex].map((c) => c + c) : (hex.match(/../gu) as string[]);
    const [r, g, b, a] = digits.map((d) => Number.parseInt(d, 16));
    return [r as number, g as number, b as number, a === undefined ? 1 : a / 255];
  }
  const fn = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(([^()]*)\)$/u.exec(v);
  if (fn === null) return undefined;
  const name = fn[1] as string;
  let parts = (fn[2] as string).trim().split(/\s*[,/]\s*|\s+/u).filter((p) => p !== '');
  // `color(srgb 1 1 1)`: the space named first, then its three channels on a scale of 1.
  const space = name === 'color' ? parts.shift() : undefined;
  if (parts.length < 3 || parts.length > 4) return undefined;
  const alpha = parts[3] === undefined ? 1 : channel(parts[3], 1);
  if (alpha === undefined) return undefined;
  const [p0, p1, p2] = parts as [string, string, string];
  const srgb = (lin: number[]): number[] => lin.map((c) => 255 * Math.max(0, Math.min(1, c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)));
  let rgb: number[] | undefined;
  if (name.startsWith('rgb')) {
    const read = [p0, p1, p2].map((p) => channel(p, 255));
    rgb = read.every((c) => c !== undefined) ? (read as number[]) : undefined;
  } else if (name.startsWith('hsl') || name === 'hwb') {
    // A saturation or lightness may be a bare number as well as a percentage (CSS Color 4: `hsl(0 0 100)`).
    const [h, x, y] = [hueOf(p0), channel(p1.endsWith('%') ? p1 : `${p1}%`, 1), channel(p2.endsWith('%') ? p2 : `${p2}%`, 1)];
    if (h === undefined || x === undefined || y === undefined) return undefined;
    const k = (n: number) => (n + h / 30) % 12;
    const hsl = (sat: number, light: number) => [0, 8, 4].map((n) => light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
    // hwb: the pure hue mixed with white and black; whiteness and blackness that add to 1 or more are a grey.
    rgb = (name === 'hwb' ? (x + y >= 1 ? [0, 0, 0].map(() => x / (x + y)) : hsl(1, 0.5).map((c) => c * (1 - x - y) + x)) : hsl(x, y)).map((c) => c * 255);
  } else if (name === 'color') {
    const read = [p0, p1, p2].map((p) => channel(p, 1));
    if (!read.every((c) => c !== undefined) || !['srgb', 'srgb-linear', 'display-p3', 'a98-rgb', 'rec2020', 'prophoto-rgb'].includes(space ?? '')) return undefined;
    // The wide gamuts are read as sRGB: their white, black and greys are sRGB's, and a near colour stays near.
    rgb = space === 'srgb-linear' ? srgb(read as number[]) : (read as number[]).map((c) => c * 255);
  } else {
    // Lab and LCh (CIE, D50) and Oklab and OkLCh, as CSS Color 4 converts them to sRGB.
    const ok = name.startsWith('ok');
    const light = channel(p0.endsWith('%') ? p0 : ok ? `${Number(p0) * 100}%` : `${p0}%`, ok ? 1 : 100);
    const polar = name.endsWith('lch');
    const scale = ok ? (polar ? 0.4 : 0.4) : polar ? 150 : 125;
    const second = p1.endsWith('%') ? (Number(p1.slice(0, -1)) / 100) * scale : Number(p1);
    const hue = polar ? hueOf(p2) : undefined;
    const third = polar ? undefined : p2.endsWith('%') ? (Number(p2.slice(0, -1)) / 100) * scale : Number(p2);
    if (light === undefined || !Number.isFinite(second) || (polar ? hue === undefined : !Number.isFinite(third as number))) return undefined;
    const [a, b] = polar ? [second * Math.cos(((hue as number) * Math.PI) / 180), second * Math.sin(((hue as number) * Math.PI) / 180)] : [second, third as number];
    if (ok) {
      const [l, m, q] = [light + 0.3963377774 * a + 0.2158037573 * b, light - 0.1055613458 * a - 0.0638541728 * b, light - 0.0894841775 * a - 1.291485548 * b].map((c) => c ** 3) as [number, number, number];
      rgb = srgb([4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * q, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * q, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * q]);
    } else {
      const fy = (light + 16) / 116;
      const [fx, fz] = [fy + a / 500, fy - b / 200];
      const inv = (f: number) => (f ** 3 > 216 / 24389 ? f ** 3 : (116 * f - 16) / (24389 / 27));
      const [x, y, z] = [inv(fx) * 0.3457 / 0.3585, light > 8 ? fy ** 3 : light / (24389 / 27), inv(fz) * (1 - 0.3457 - 0.3585) / 0.3585];
      // D50 XYZ to linear sRGB (Bradford-adapted to D65).
      rgb = srgb([3.1341359569958707 * x - 1.6173863321612538 * y - 0.4906619460083532 * z, -0.978795502912089 * x + 1.916254567259524 * y + 0.03344273116131949 * z, 0.07195537988411677 * x - 0.2289768264158322 * y + 1.405386058324125 * z]);
    }
  }
  return rgb === undefined ? undefined : [rgb[0] as number, rgb[1] as number, rgb[2] as number, alpha];
}
/** A hue in degrees from any angle unit CSS takes (`120`, `120deg`, `0.5turn`, `3.14rad`, `200grad`). */
function hueOf(text: string): number | undefined {
  const m = /^(-?\d*\.?\d+(?:e-?\d+)?)(deg|turn|rad|grad)?$/u.exec(text);
  if (m === null) return undefined;
  const n = Number(m[1]);
  const degrees = m[2] === 'turn' ? n * 360 : m[2] === 'rad' ? (n * 180) / Math.PI : m[2] === 'grad' ? n * 0.9 : n;
  return ((degrees % 360) + 360) % 360;
}
/** A channel written as a number (`255`, `255.0`, `.5`, `2.55e2`) or a percentage (`100%`), on a scale of `max`. */
function channel(text: string, max: number): number | undefined {
  const m = /^(\d*\.?\d+(?:e[-+]?\d+)?)(%?)$/u.exec(text);
  if (m === null) return undefined;
  const n = m[2] === '%' ? (Number(m[1]) / 100) * max : Number(m[1]);
  return Math.min(max, n);
}
/**
 * Whether text in colour `color` is drawn unseen on `background`: the same colour however either is spelled (`white` on
 * `#fff`, `hsl(0 0% 100%)` on `rgb(100%,100%,100%)`, `hwb(0 100% 0%)`, `oklch(100% 0 0)`), or one no eye tells from it
 * (`#fefefe` on `#fff`: every channel within a few steps), drawn over a background that is opaque (a text colour with some
 * alpha is seen as it blends with the background: `#ffffff80` on white is white). A background shorthand is read for its
 * colour or its gradient (`#fff none repeat`, `url(x.png) #fff` is an image no reader here sees, so never the same).
 */
function sameColour(color: string, background: string): boolean {
  const layer = backgroundLayer(background);
  if (layer === undefined) return false;
  // A gradient whose every stop is the text's colour (`linear-gradient(#fff, #fff)`) paints that colour.
  const stops = gradientStops(layer);
  if (stops !== undefined) return stops.length > 0 && stops.every((stop) => sameColour(color, stop));
  const [c, b] = [colourOf(color), colourOf(layer)];
  if (c === undefined || b === undefined) return color.trim().replace(/\s+/gu, ' ') === layer.trim().replace(/\s+/gu, ' ');
  if (b[3] < 0.95) return false;
  return [0, 1, 2].every((i) => Math.abs((c[i] as number) * c[3] + (b[i] as number) * (1 - c[3]) - (b[i] as number)) <= UNSEEN_STEP);
}
/**
 * What a background shorthand paints under its text: its gradient when it has one (drawn over its colour), else its colour
 * (`#fff none repeat`); undefined for an image no reader here sees (`url(…)`, `image-set(…)`).
 */
function backgroundLayer(value: string): string | undefined {
  const v = value.trim().replace(/\s*!important$/iu, '');
  if (/\b(?:url|image-set|image|element|cross-fade|paint)\(/iu.test(v)) return undefined;
  const gradient = /(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^()]|\([^()]*\))*\)/iu.exec(v)?.[0];
  if (gradient !== undefined) return gradient;
  if (colourOf(v) !== undefined) return v;
  const tokens = v.match(/[a-z-]+\([^()]*\)|#[0-9a-f]+|[^\s,/]+/giu) ?? [];
  return tokens.find((t) => colourOf(t) !== undefined) ?? v;
}
const UNSEEN_STEP = 6;
/** The colours of a gradient's stops (`to right, #fff 0%, white 100%` → `#fff`, `white`), or undefined for no gradient. */
function gradientStops(value: string): string[] | undefined {
  const m = /^(?:repeating-)?(?:linear|radial|conic)-gradient\((.*)\)$/u.exec(value.trim());
  if (m === null) return undefined;
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  const body = m[1] as string;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    else if (body[i] === ',' && depth === 0) { args.push(body.slice(start, i)); start = i + 1; }
  }
  args.push(body.slice(start));
  const stops: string[] = [];
  for (const arg of args) {
    const colour = /^\s*((?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)|#[0-9a-f]{3,8}|[a-z]+)/u.exec(arg)?.[1];
    if (colour !== undefined && (colourOf(colour) !== undefined || colour === 'transparent')) stops.push(colour);
  }
  return stops;
}
/** CSS's named colours, by name, in hex (CSS Color 4). */
const NAMED_COLOURS = ((): (() => ReadonlyMap<string, string>) => {
  let map: Map<string, string> | undefined;
  return () => (map ??= new Map(NAMED_COLOUR_LIST.split(' ').map((pair) => { const [name, hex] = pair.split(':') as [string, string]; return [name, `#${hex}`]; })));
})();
const NAMED_COLOUR_LIST =
  'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32';

function undrawnAsWritten(style: ReadonlyMap<string, string>): boolean {
  const is = (property: string, test: RegExp) => test.test(style.get(property) ?? '\u0000');
  const absolute = is('position', /^(?:absolute|fixed|relative)$/u);
  // The fill colour draws the glyphs where it is set (`color: black; -webkit-text-fill-color: white`), unless it defers to `color`.
  const fill = style.get('-webkit-text-fill-color');
  const color = fill !== undefined && !/^(?:inherit|initial|unset|revert|currentcolor)$/iu.test(fill.trim()) ? fill : (style.get('color') ?? fill);
  const background = style.get('background-color') ?? style.get('background') ?? style.get('background-image');
  return (
    is('display', /^none$/u) ||
    is('visibility', /^(?:hidden|collapse)$/u) ||
    is('content-visibility', /^hidden$/u) ||
    is('opacity', ZERO) ||
    (cssNumber(style.get('opacity'))?.n ?? 1) < 0.05 ||
    is('filter', /opacity\(\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)/u) ||
    is('font-size', ZERO) ||
    unreadablySmall(style.get('font-size')) ||
    is('font', ZERO_FONT) ||
    clippedAway(style.get('clip')) ||
    clipPathAway(style.get('clip-path')) ||
    is('transform', /scale[xy]?\(\s*(?:0(?:\.0*)?|0?\.0\d*|\d+(?:\.\d+)?e-\d+)\s*[,)]/u) ||
    is('scale', /^(?:0(?:\.0*)?|0?\.0\d*)%?(?:\s|$)/u) ||
    farOff(style.get('text-indent'), -1) ||
    farOff(style.get('margin-left'), -1) ||
    farOff(style.get('margin-top'), -1) ||
    (absolute && (farOff(style.get('left'), -1) || farOff(style.get('top'), -1) || farOff(style.get('right'), 1) || farOff(style.get('bottom'), 1))) ||
    ((is('height', ZERO) || is('max-height', ZERO) || is('width', ZERO) || is('max-width', ZERO)) && (is('overflow', /hidden|clip/u) || is('overflow-x', /hidden|clip/u) || is('overflow-y', /hidden|clip/u))) ||
    (color !== undefined && (TRANSPARENT.test(color) || (background !== undefined && !/^(?:inherit|initial|unset|revert|currentcolor)$/u.test(color) && sameColour(color, background)))) ||
    // A background painted in the text's own colour (`background: currentcolor`) hides it whatever that colour is.
    (background !== undefined && /^currentcolor$/u.test(background.trim())) ||
    is('text-decoration', /line-through/u) ||
    is('text-decoration-line', /line-through/u)
  );
}

/**
 * Elements whose content a browser never draws (or draws only with scripting off, as a tab's title, as missing fallback:
 * `<video>`, `<audio>`, `<canvas>`, `<object>` hold what a browser without them would show; `<rp>` the brackets a
 * browser without ruby would show; SVG's `<desc>`, `<metadata>` and MathML's annotations are never drawn; red team wd).
 */
const UNDRAWN_ELEMENTS: ReadonlySet<string> = new Set([
  'template', 'script', 'style', 'noscript', 'noembed', 'noframes', 'title', 'datalist', 'iframe',
  'video', 'audio', 'canvas', 'object', 'rp', 'progress', 'meter', 'head', 'desc', 'metadata', 'annotation', 'annotation-xml',
]);
/** Struck-out elements: what they hold is withdrawn, not the value. */
const STRUCK_ELEMENTS: ReadonlySet<string> = new Set(['del', 's', 'strike']);

/** What a page's own `<style>` sheets do to drawing, by the simple selectors (`span`, `.c`, `#i`, `[a]`, `*`) of their rules. */
export interface SheetEffects {
  undrawn: ReadonlySet<string>;
  /** The page's custom properties ({@link pageVariables}), which a style attribute's `var()` may take. */
  variables?: PageVariables;
  before: ReadonlyMap<string, readonly string[]>;
  after: ReadonlyMap<string, readonly string[]>;
}

const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)(?:<\/style\s*>|$)/giu;

/**
 * The CSS of a page's own sheets, as CSS reads it: each `<style>` element's, and each sheet it or a `<link>` takes from
 * a `data:` URL (`@import url("data:text/css,.r%7B…%7D")`, `<link rel=stylesheet href="data:text/css;base64,…">`),
 * which carries its rules inside the page as a `<style>` does (session 34). A sheet linked from elsewhere is not read.
 */
function* pageSheets(text: string): Generator<string> {
  for (const m of text.matchAll(STYLE_BLOCK)) {
    const css = cssText((m[1] as string).includes('&') ? decodeHtml(m[1] as string) : (m[1] as string));
    yield css;
    if (/data:/iu.test(css)) for (const d of css.matchAll(IMPORTED_DATA)) yield* sheetOfDataUrl(d[1] ?? d[2] ?? d[3] ?? d[4] ?? d[5] ?? '');
  }
  if (/<link/iu.test(text)) {
    for (const l of text.matchAll(LINK_TAG)) {
      const href = attributeValue(l[1] as string, 'href');
      if (href !== undefined && /^\s*data:/iu.test(href)) yield* sheetOfDataUrl(href);
    }
  }
}
const IMPORTED_DATA = /@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')/giu;
const LINK_TAG = /<link\b([^>]*)>/giu;
/** The CSS a `data:` URL holds (percent-encoded or base64), read as CSS reads a sheet; none when it is no data URL or cannot be decoded. */
function* sheetOfDataUrl(url: string): Generator<string> {
  const m = /^\s*data:([^,]*),([\s\S]*)$/iu.exec(url);
  if (m === null) return;
  try {
    const body = /;\s*base64\s*$/iu.test(m[1] as string) ? Buffer.from(m[2] as string, 'base64').toString('utf8') : decodeURIComponent(m[2] as string);
    yield cssText(body);
  } catch {
    // A body that is not percent-encoding as written is read as it stands.
    yield cssText(m[2] as string);
  }
}

/** The rules of a `<style>` sheet as [selector, declarations] pairs, at-rule blocks (`@media x {…}`) read through, in one pass. */
function cssRules(css: string): [string, string][] {
  const rules: [string, string][] = [];
  let segment = 0;
  let selector = 0;
  let open = -1;
  for (let k = 0; k < css.length; k++) {
    const c = css[k];
    if (c === '{') {
      // A second brace before a closing one: the text before the first was an at-rule's prelude, no selector.
      open = k;
      selector = segment;
      segment = k + 1;
    } else if (c === '}') {
      if (open !== -1) rules.push([css.slice(selector, open), css.slice(open + 1, k)]);
      open = -1;
      segment = k + 1;
    }
  }
  return rules;
}

const COMPOUNDS = /\s*[\s>+~]\s*(?![^[(]*[\])])/u;
const SIMPLE_SELECTOR = /([.#]?)(-?[_a-z][\w-]*)|\[\s*([^\s\]=~|^$*]+)[^\]]*\]?|(\*)|(:{1,2})[\w-]+(?:\([^)]*\))?/gu;

/** The simple selectors of a compound (`.a.b:hover` → `.a`, `.b`); `*` only as `*`. */
function simpleSelectors(compound: string): string[] {
  const keys: string[] = [];
  for (const m of compound.matchAll(SIMPLE_SELECTOR)) {
    if (m[5] !== undefined) continue;
    if (m[4] !== undefined) keys.push('*');
    else if (m[3] !== undefined) keys.push(`[${m[3]}]`);
    else keys.push(`${m[1] ?? ''}${m[2] as string}`);
  }
  return keys;
}

/**
 * The simple selectors of a complex selector's last compound (`div > .a.b:hover::before` → `.a`, `.b`), and its
 * pseudo-element. A last compound of `*` alone under others (`.collapsed > *`) is read as the one above it: hiding every
 * child of `.collapsed` hides what `.collapsed` holds, and no more (a `*` would hide every element of the page).
 */
function lastCompound(selector: string): { keys: string[]; pseudo: 'before' | 'after' | undefined } {
  // The last compound is at the end: a bounded tail keeps a long selector list linear.
  const compounds = selector.slice(-256).trim().split(COMPOUNDS).filter((c) => c !== '');
  const last = compounds.pop() ?? '';
  const pseudo = /::?before\b/u.test(last) ? 'before' : /::?after\b/u.test(last) ? 'after' : undefined;
  let keys = simpleSelectors(last);
  for (let k = compounds.length - 1; k >= 0 && keys.every((key) => key === '*'); k--) keys = simpleSelectors(compounds[k] as string);
  return { keys, pseudo };
}

/** The strings a `content` value draws: quoted strings, and `attr(x)` as `\u0000attr:x` for the element to fill in. */
function generatedParts(content: string): string[] {
  const parts: string[] = [];
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/giu)) parts.push(m[3] !== undefined ? `\u0000attr:${m[3].toLowerCase()}` : (m[1] ?? m[2] ?? ''));
  return parts;
}

/**
 * What the `<style>` sheets in `text` hide, strike out or draw (`content` on `::before`/`::after`), by simple selector;
 * undefined when they do none of it (or there is no sheet).
 */
export function sheetEffects(text: string): SheetEffects | undefined {
  const variables = pageVariables(text);
  if (!/<style|<link/iu.test(text)) return variables === undefined ? undefined : { undrawn: new Set(), before: new Map(), after: new Map(), variables };
  const undrawn = new Set<string>();
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const css of pageSheets(text)) {
    for (const [selectors, body] of cssRules(css)) {
      const lower = body.toLowerCase();
      const hides = /display|visibility|opacity|font|clip|indent|height|width|decoration|transform|scale|position|margin|color|filter/u.test(lower) && undrawnBy(cssDeclarations(body), variables);
      const content = /content/u.test(lower) ? contentValue(body) : undefined;
      if (!hides && content === undefined) continue;
      for (const selector of selectors.toLowerCase().split(',')) {
        const { keys, pseudo } = lastCompound(selector);
        if (pseudo === undefined) {
          if (hides) for (const k of keys) undrawn.add(k);
        } else if (content !== undefined) {
          const into = pseudo === 'before' ? before : after;
          for (const k of keys) into.set(k, [...(into.get(k) ?? []), ...content]);
        }
      }
    }
  }
  return undrawn.size === 0 && before.size === 0 && after.size === 0 && variables === undefined ? undefined : { undrawn, before, after, ...(variables === undefined ? {} : { variables }) };
}

/**
 * A CSS value computed elsewhere (`var(--d)`, `env(…)`, `attr(dir)`, `if(…)`): unknown where it is read, so read as the
 * value that reverses (rtl, an override). A reading too wide draws one more form, judged beside the plain one.
 */
const COMPUTED_VALUE = /^(?:var|env|attr|if)\s*\(/u;
/** The direction a CSS `direction` value sets: `rtl`, `ltr`, rtl for a value computed elsewhere; undefined otherwise (`inherit`). */
export function cssDirection(value: string | undefined): 'rtl' | 'ltr' | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' ? v : v !== undefined && COMPUTED_VALUE.test(v) ? 'rtl' : undefined;
}
/** Whether a CSS `unicode-bidi` value lays letters out one by one (`bidi-override`, `isolate-override`, or a value computed elsewhere). */
export function cssOverrides(value: string | undefined): boolean {
  const v = value?.trim().toLowerCase() ?? '';
  return /^(?:bidi|isolate)-override$/u.test(v) || COMPUTED_VALUE.test(v);
}

/**
 * What the `<style>` sheets in `text` say of the direction elements draw their text in: the simple selectors of rules
 * that override it (`unicode-bidi: bidi-override` or `isolate-override`, which lay letters out one by one) and of rules
 * that set `direction`. Matched as {@link sheetEffects} matches, by the last compound's tag, classes, id and attribute
 * names; a compound naming none of them (`:is(.r)`, `:nth-child(2)`) is read as `*`: a rule read too widely draws one
 * more reading, which the caller judges beside the plain one. A rule setting both directions' selectors to one key
 * (`.a{direction:ltr}` and `.a{direction:rtl}`) is read as rtl: the reading that reverses. Undefined when no sheet does
 * either (review rv4, session 34).
 */
export interface SheetBidi {
  override: ReadonlySet<string>;
  direction: ReadonlyMap<string, 'rtl' | 'ltr'>;
}
export function sheetBidi(text: string): SheetBidi | undefined {
  if (!/<style|<link/iu.test(text)) return undefined;
  const override = new Set<string>();
  const direction = new Map<string, 'rtl' | 'ltr'>();
  for (const css of pageSheets(text)) {
    for (const [selectors, body] of cssRules(css)) {
      if (!/unicode-bidi|direction/iu.test(body)) continue;
      const declarations = cssDeclarations(body);
      const overrides = cssOverrides(declarations.get('unicode-bidi'));
      const sets = cssDirection(declarations.get('direction'));
      if (!overrides && sets === undefined) continue;
      for (const selector of selectors.toLowerCase().split(',')) {
        const { keys } = lastCompound(selector);
        for (const k of keys.length === 0 ? ['*'] : keys) {
          if (overrides) override.add(k);
          if (sets !== undefined && direction.get(k) !== 'rtl') direction.set(k, sets);
        }
      }
    }
  }
  return override.size === 0 && direction.size === 0 ? undefined : { override, direction };
}

/** What a page's sheets (read by {@link sheetBidi}) say of one element's direction: whether they override it, and the direction they set. */
export function sheetBidiOf(name: string, attributes: string, sheet: SheetBidi): { override: boolean; direction: 'rtl' | 'ltr' | undefined } {
  const keys = elementKeys(name, attributes);
  const set = keys.map((k) => sheet.direction.get(k)).filter((d) => d !== undefined);
  return { override: keys.some((k) => sheet.override.has(k)), direction: set.includes('rtl') ? 'rtl' : set[0] };
}

/** A declaration block's `content` strings, case kept; undefined when it draws none. Quoted `;` part no declarations. */
function contentValue(body: string): string[] | undefined {
  let found: string | undefined;
  let declaration = '';
  const end = () => {
    const colon = declaration.indexOf(':');
    if (colon !== -1 && declaration.slice(0, colon).trim().toLowerCase() === 'content') found = declaration.slice(colon + 1);
    declaration = '';
  };
  for (const m of body.matchAll(/"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|;|[^;"']+/gu)) {
    if (m[0] === ';') end();
    else declaration += m[0];
  }
  end();
  if (found === undefined) return undefined;
  const parts = generatedParts(found);
  return parts.length === 0 ? undefined : parts;
}

/** The keys an element answers to in a sheet: its tag, classes, id, attribute names, and `*`. */
function elementKeys(name: string, attributes: string): string[] {
  const keys = [name, '*'];
  for (const c of (attributeValue(attributes, 'class') ?? '').toLowerCase().split(/[\t\n\f\r ]+/u)) if (c !== '') keys.push(`.${c}`);
  const id = attributeValue(attributes, 'id');
  if (id !== undefined) keys.push(`#${id.toLowerCase()}`);
  for (const m of attributes.matchAll(ATTRIBUTE)) keys.push(`[${(m[1] as string).toLowerCase()}]`);
  return keys;
}

/** SVG's presentation attributes that hide as their properties do (`<text opacity="0">`, `<g display="none">`). */
const PRESENTATION = /\b(?:display|visibility|opacity|fill-opacity|font-size|fill|color|transform|clip-path|text-decoration)\s*=/iu;
function presentationStyle(attributes: string, variables?: PageVariables): Map<string, string> {
  const style = new Map<string, string>();
  for (const property of ['display', 'visibility', 'opacity', 'font-size', 'transform', 'clip-path', 'text-decoration']) {
    const value = attributeValue(attributes, property);
    if (value !== undefined) style.set(property, cssPlain(value).trim());
  }
  // Text in SVG is drawn by its fill: a fill of no opacity or none draws it not.
  const fill = attributeValue(attributes, 'fill');
  const fillOpacity = attributeValue(attributes, 'fill-opacity');
  // A fill from a custom property (`fill="var(--c)"`, which browsers read as CSS) is read with every value the page gives it.
  const plainFill = fill === undefined ? undefined : cssPlain(fill).trim();
  const fills = plainFill?.includes('var(') === true ? resolvedFully(new Map([['fill', plainFill]]), variables).map((r) => r.get('fill') ?? '') : [plainFill];
  if (fills.some((f) => f !== undefined && (/^(?:none|transparent)$/u.test(f) || TRANSPARENT.test(f))) || (fillOpacity !== undefined && ZERO.test(fillOpacity.trim()))) style.set('opacity', '0');
  return style;
}

/**
 * True when an element (its lowercased tag name and attribute text) draws none of its content, or draws it struck out:
 * by its name, its `hidden` attribute, its `style`, or a rule of the page's sheet.
 */
export function undrawnElement(name: string, attributes: string, sheet?: SheetEffects): boolean {
  if (UNDRAWN_ELEMENTS.has(name) || STRUCK_ELEMENTS.has(name)) return true;
  if (name === 'dialog' && attributeValue(attributes, 'open') === undefined) return true;
  if (/hidden/iu.test(attributes) && attributeValue(attributes, 'hidden') !== undefined) return true;
  if (/style/iu.test(attributes) && undrawnBy(cssDeclarations(attributeValue(attributes, 'style') ?? ''), sheet?.variables)) return true;
  if (PRESENTATION.test(attributes) && undrawnBy(presentationStyle(attributes, sheet?.variables), sheet?.variables)) return true;
  return sheet !== undefined && sheet.undrawn.size > 0 && elementKeys(name, attributes).some((k) => sheet.undrawn.has(k));
}

/**
 * Markup that may hide, strike out or generate text: worth the walk. A quoted attribute value may run to the end of the
 * text (`<b title="x>y`: the tag never ends, nothing after it is drawn).
 */
const MAY_UNDRAW = /<(?:del|s|strike|select|template|script|style|noscript|noembed|noframes|title|datalist|iframe|dialog|details|svg|math|video|audio|canvas|object|rp|progress|meter|head|desc|metadata|annotation(?:-xml)?|plaintext)\b|hidden|style\s*=|~|\/\s*>|=\s*["']/iu;
/**
 * `text` with GFM strikethrough left out, line by line: a run of one or two tildes before a non-space opens, one after a
 * non-space closes the nearest open run of its length (`~~x~~`, `~x~`); a run of three or more, or an escaped one, is
 * text. Paired as CommonMark pairs delimiters, with a stack: linear however many tildes a line holds.
 */
export function withoutStrikethrough(text: string): string {
  if (!text.includes('~')) return text;
  return text
    .split('\n')
    .map((line) => (line.includes('~') ? struckLineLeftOut(line) : line))
    .join('\n');
}

function struckLineLeftOut(line: string): string {
  const opened: [number[], number[]] = [[], []];
  const cuts: [number, number][] = [];
  for (const m of line.matchAll(/~+/gu)) {
    const at = m.index;
    const length = m[0].length;
    const before = line[at - 1];
    if (length > 2 || before === '\\') continue;
    const after = line[at + length];
    const stack = opened[length - 1] as number[];
    if (before !== undefined && !/\s/u.test(before) && stack.length > 0) {
      const start = stack.pop() as number;
      cuts.push([start, at + length]);
      // Runs opened inside the struck text are gone with it.
      for (const other of opened) while (other.length > 0 && (other[other.length - 1] as number) > start) other.pop();
    } else if (after !== undefined && !/\s/u.test(after)) stack.push(at);
  }
  if (cuts.length === 0) return line;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    if (end <= from) continue;
    out += line.slice(from, Math.max(from, start));
    from = end;
  }
  return out + line.slice(from);
}

/** A Markdown code span: a run of backticks, its text, the same run closing it. */
const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/gu;
const OPEN_TAG = /<([A-Za-z][\w-]*)(?=[\s/>]|$)/gu;

/**
 * `text` with each start tag a Markdown code span opens and never closes written as text (`&lt;`): prose quoting
 * markup (`` (`<iframe srcdoc="…">`, a prop) is read as the page it shows ``) shows that tag as code, and an element
 * the drawn reading leaves out must not run past the span's closing backtick and take the sentence with it. An element
 * opened and closed inside one span (`` `<span hidden>2026</span>` TBD ``) is still read as markup.
 */
export function codeSpanTagsAsText(text: string): string {
  if (!text.includes('`') || !text.includes('<')) return text;
  return text.replace(CODE_SPAN, (span: string, ticks: string, body: string) => {
    const lower = body.toLowerCase();
    const kept = body.replace(OPEN_TAG, (tag: string, name: string, at: number) => (lower.includes(`</${name.toLowerCase()}`, at) ? tag : `&lt;${name}`));
    return kept === body ? span : `${ticks}${kept}${ticks}`;
  });
}

/**
 * `markup` as drawn: what undrawn and struck-out elements hold left out (their tags kept, so blocks still part lines),
 * GFM strikethrough left out, comments gone, and a sheet's generated text put in; undefined when the markup holds
 * nothing of the kind (the caller keeps its reading as written). `sheet` is the page's, when the caller has taken its
 * `<style>` elements out already. A tag the text ends inside (`<b title="x>y`) is text, as Markdown reads it; with
 * `unclosedTagHides`, HTML's reading: nothing from its `<` on is drawn (a reader that must not name what a page may hide).
 */
export function drawnMarkup(markup: string, sheet: SheetEffects | undefined = sheetEffects(markup), options: { unclosedTagHides?: boolean } = {}): string | undefined {
  if (sheet === undefined && !MAY_UNDRAW.test(markup)) return undefined;
  const tagged = markup.includes('<') ? drawnElements(markup, sheet, options.unclosedTagHides === true) : markup;
  const out = withoutStrikethrough(tagged);
  return out === markup ? undefined : out;
}

/**
 * Elements whose end tag HTML lets an author leave out: the next of their kind, a block, or any end tag of an element
 * around them closes them (`<p hidden>x<p>TBD`, `<li hidden>x</ul>`), so a hidden one left open hides no more than that.
 */
const IMPLIED_END: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'optgroup', 'rt', 'rtc', 'rp', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption']);
const BLOCK_START: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'dd', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'optgroup',
]);

/** Elements followed at most at once: a page of unclosed tags inside a hidden one stays linear. */
const MAX_FOLLOWED = 512;

/**
 * HTML elements a start tag of which inside SVG or MathML closes them (the parser's breakout from foreign content):
 * `<svg>x<p>y` draws y.
 */
const BREAKS_OUT: ReadonlySet<string> = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i',
  'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
/** Formatting elements: one left open when an element around it ends is opened again after it (`<i><b hidden>x</i>y</b>` hides y). */
const FORMATTING: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** SVG elements whose text an SVG draws: text outside them (`<svg>qjs-regexp-7</svg>`, in a `<g>`) is drawn nowhere. */
const SVG_TEXT: ReadonlySet<string> = new Set(['text', 'foreignobject']);
/**
 * SVG elements that draw nothing where they stand, a `<text>` inside them too: definitions, and what only a reference
 * draws (`<defs><text>qjs-regexp-7</text></defs>`). A `<use>` of one elsewhere draws it: read as hidden, it names less.
 */
const SVG_UNDRAWN: ReadonlySet<string> = new Set(['defs', 'symbol', 'clippath', 'mask', 'pattern', 'marker', 'lineargradient', 'radialgradient', 'filter']);

/** The conditional processing attributes of an SVG element inside a `<switch>`. */
const SWITCH_CONDITION = /(?:^|[\s"'])(?:systemLanguage|requiredExtensions|requiredFeatures)\s*=/iu;

type Followed = { name: string; attributes: string; hides: boolean; after: string; reveals?: true; closedDetails?: true; svg?: true; dropdown?: { shown: number; seen: number }; switchSeen?: true };

/**
 * A `<select>` drawn as a drop-down (no `multiple`, a `size` HTML reads as at most 1) shows one option; the others are
 * drawn only when it is opened, as a closed `<details>` draws its summary only. Which one is HTML's selectedness: the
 * last option marked `selected` (each one parsed unmarks those before it), else the first not disabled (by itself or by
 * its `<optgroup>`), else none. `shown` is its ordinal among the select's options (-1: none); undefined for a list box.
 */
function dropdown(text: string, name: string, attributes: string, end: number, unclosedAsText: boolean): { shown: number; seen: number } | undefined {
  if (name !== 'select' || attributeValue(attributes, 'multiple') !== undefined || htmlNonNegativeInteger(attributeValue(attributes, 'size')) > 1) return undefined;
  let ordinal = 0;
  let selected = -1;
  let firstEnabled = -1;
  let groupDisabled = false;
  for (const token of htmlMarkup(text.slice(end), { unclosedAsText })) {
    if (token.kind === 'comment') continue;
    // A `<select>` inside one ends it, as its end tag does.
    if (token.name === 'select') break;
    if (token.name === 'optgroup') {
      groupDisabled = token.kind === 'start' && attributeValue(text.slice(end + token.nameEnd, end + token.end - 1), 'disabled') !== undefined;
      continue;
    }
    if (token.kind !== 'start' || token.name !== 'option') continue;
    const own = text.slice(end + token.nameEnd, end + token.end - 1);
    if (attributeValue(own, 'selected') !== undefined) selected = ordinal;
    if (firstEnabled === -1 && !groupDisabled && attributeValue(own, 'disabled') === undefined) firstEnabled = ordinal;
    ordinal++;
  }
  return { shown: selected !== -1 ? selected : firstEnabled, seen: 0 };
}
/** An attribute's number as HTML's rules for non-negative integers read it (`size="2x"` is 2, `0x2` is 0); 0 when it has none. */
const htmlNonNegativeInteger = (value: string | undefined): number => Number(/^[\t\n\f\r ]*\+?(\d+)/u.exec(value ?? '')?.[1] ?? 0);
/** Of the elements a select holds, those a drawn text may stand in: text outside its options (or in a select's `<b>`) is drawn nowhere. */
const LIST_PARTS: ReadonlySet<string> = new Set(['select', 'optgroup', 'option']);

/**
 * The tag walk of {@link drawnMarkup}, over the tags HTML's tokenizer reads ({@link htmlMarkup}: a quoted `>` is the
 * value's, a comment ends where HTML ends it, a tag the text ends inside hides the rest): only elements that leave
 * text undrawn or generate text are followed. Tags are kept as written, the `<` and `>` inside them drawn as `‹` `›`,
 * so a reader that strips tags by pattern reads each one whole.
 */
function drawnElements(text: string, sheet: SheetEffects | undefined, unclosedTagHides: boolean): string {
  const open: Followed[] = [];
  let hidden = 0;
  // Inside <svg> or <math> a start tag ending `/>` has no content; in HTML the slash is ignored (`<span hidden/>x` hides x).
  let foreign = 0;
  let out = '';
  let from = 0;
  const generated = (parts: readonly string[] | undefined, attributes: string) =>
    (parts ?? []).map((p) => (p.startsWith('\u0000attr:') ? (attributeValue(attributes, p.slice(6)) ?? '') : p)).join('');
  const sideText = (name: string, attributes: string, side: ReadonlyMap<string, readonly string[]>) =>
    side.size === 0 ? '' : elementKeys(name, attributes).map((k) => generated(side.get(k), attributes)).join('');
  const close = (from: number) => {
    for (const e of open.splice(from).reverse()) {
      if (hidden === 0) out += e.after;
      if (e.hides) hidden--;
      if (e.reveals) hidden++;
      if (e.svg) foreign--;
    }
  };
  // The innermost followed elements whose end an author may leave out, closed by what closes them in HTML.
  const closeImplied = (closes: (name: string) => boolean) => {
    let at = open.length;
    while (at > 0 && IMPLIED_END.has((open[at - 1] as Followed).name) && closes((open[at - 1] as Followed).name)) at--;
    if (at < open.length) close(at);
  };
  // The nearest followed element that hides or shows again: an SVG root hides, its text elements show.
  const nearestHider = () => {
    for (let k = open.length - 1; k >= 0; k--) if ((open[k] as Followed).hides || (open[k] as Followed).reveals) return open[k] as Followed;
    return undefined;
  };
  const push = (e: Followed) => {
    open.push(e);
    if (e.hides) hidden++;
    if (e.reveals) hidden--;
  };
  const kept = (tag: string) => (/[<>]/u.test(tag.slice(1, -1)) ? `<${tag.slice(1, -1).replace(/</gu, '‹').replace(/>/gu, '›')}>` : tag);
  // Inside a select, text drawn only within an option: its nearest list element is an option.
  const outsideOptions = () => {
    const list = open.findLast((e) => LIST_PARTS.has(e.name));
    return list !== undefined && list.name !== 'option' && open.some((e) => e.name === 'select');
  };
  for (const token of htmlMarkup(text, { unclosedAsText: !unclosedTagHides })) {
    if (hidden === 0 && !outsideOptions()) out += text.slice(from, token.index);
    from = token.end;
    // A comment and a tag the text ends inside draw nothing; a declaration (`<!x>`, `<?x>`) is left to the caller, which
    // reads one alone as the text it is where no HTML renders.
    if (token.kind === 'comment') {
      if (hidden === 0 && token.unclosed !== true && !text.startsWith('<!--', token.index)) out += text.slice(token.index, token.end);
      continue;
    }
    const tag = kept(text.slice(token.index, token.end));
    const name = token.name;
    const attributes = text.slice(token.nameEnd, token.end - 1);
    if (token.kind === 'end') {
      if (name === 'math' && foreign > 0) foreign--;
      const at = open.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) {
        // Formatting elements it held still open are opened again past it, as a parser reconstructs them.
        const reopened = open.slice(at + 1).filter((e) => e.hides && FORMATTING.has(e.name) && !e.svg);
        close(at);
        if (hidden === 0) out += tag;
        for (const e of reopened) push({ ...e, after: '' });
        continue;
      }
      closeImplied((inner) => inner !== name);
      if (hidden === 0) out += tag;
      continue;
    }
    const svgRoot = open.map((e) => e.svg === true).lastIndexOf(true);
    if (svgRoot !== -1 && !open.slice(svgRoot).some((e) => e.name === 'foreignobject') && (BREAKS_OUT.has(name) || (name === 'font' && /\b(?:color|face|size)\s*=/iu.test(attributes)))) close(svgRoot);
    // A select inside a select ends the outer one, as its end tag does: selects never stack (`<select>` × n stays linear).
    if (name === 'select') {
      const outer = open.map((e) => e.name).lastIndexOf('select');
      if (outer !== -1) close(outer);
    }
    if (BLOCK_START.has(name)) closeImplied((inner) => inner === name || inner === 'p' || (inner === 'dt' && name === 'dd') || (inner === 'dd' && name === 'dt') || (inner === 'th' && name === 'td') || (inner === 'td' && name === 'th') || (inner === 'option' && name === 'optgroup'));
    if (hidden === 0) out += tag;
    const selfClosed = token.selfClosing && (foreign > 0 || name === 'svg' || name === 'math');
    const svg = name === 'svg' && !selfClosed;
    if (name === 'math' && !selfClosed) foreign++;
    // A closed <details> draws its <summary> only: the rest of what it holds is undrawn until it is opened.
    const undrawn = undrawnElement(name, attributes, sheet);
    const closedDetails = !undrawn && name === 'details' && attributeValue(attributes, 'open') === undefined;
    const list = name === 'option' ? open.findLast((e) => e.name === 'select')?.dropdown : undefined;
    // The option a closed drop-down shows, counted as dropdown() counted them.
    const unshownOption = list !== undefined && list.seen++ !== list.shown;
    // An SVG <switch> draws one child, the first whose conditions hold: the first child, when it sets none; which one a
    // reader sees otherwise depends on the reader (their language), so none is read as drawn.
    const parent = open[open.length - 1];
    const switched = svgRoot !== -1 && parent?.name === 'switch' && parent.svg !== true;
    const unswitched = switched && (parent.switchSeen === true || SWITCH_CONDITION.test(attributes));
    if (switched) parent.switchSeen = true;
    // An option with a label draws the label in its place (`<option label="x">y</option>` shows x): what it holds is drawn nowhere.
    const labelled = name === 'option' && (attributeValue(attributes, 'label') ?? '') !== '';
    const hides = undrawn || closedDetails || svg || unshownOption || unswitched || labelled || (svgRoot !== -1 && SVG_UNDRAWN.has(name));
    const innermost = open[open.length - 1];
    const reveals = !hides && ((name === 'summary' && innermost?.closedDetails === true) || (SVG_TEXT.has(name) && nearestHider()?.svg === true));
    const after = sheet === undefined ? '' : sideText(name, attributes, sheet.after);
    if (reveals) hidden--;
    if (!hides && hidden === 0 && sheet !== undefined) out += sideText(name, attributes, sheet.before);
    if (reveals) hidden++;
    // Inside a followed element every element is followed (to a bound), so an end tag not among them closes one outside.
    const tracked = hides || reveals || after !== '' || (name === 'select' && open.length < MAX_FOLLOWED) || (open.length > 0 && open.length < MAX_FOLLOWED);
    if (!tracked || selfClosed || VOID_ELEMENTS.has(name)) {
      if (hidden === 0) out += after;
      continue;
    }
    if (svg) foreign++;
    const listed = dropdown(text, name, attributes, token.end, !unclosedTagHides);
    push({ name, attributes, hides, after: hides ? '' : after, ...(reveals ? { reveals: true as const } : {}), ...(closedDetails ? { closedDetails: true as const } : {}), ...(svg ? { svg: true as const } : {}), ...(listed ? { dropdown: listed } : {}) });
  }
  if (hidden === 0 && !outsideOptions()) out += text.slice(from);
  close(0);
  return out;
}
