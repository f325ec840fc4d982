/**
 * A small strict XML reader for interchange files: elements, attributes, text, CDATA,
 * comments and processing instructions; the five named entities and character
 * references. It refuses what is not well-formed (mismatched or unclosed tags, a stray
 * '<' or '&') and any DOCTYPE (no entity expansion), naming the line and column.
 * Every element remembers the line it starts on, so later checks can point there too.
 */

export interface XmlElement {
  name: string;
  /** Local name, without a namespace prefix. */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;

export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, '');
  let i = 0;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const where = (pos: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, pos - lineStarts[lo]! + 1];
  };
  const fail = (message: string, pos = i): never => {
    const [l, c] = where(pos);
    throw new XmlError(message, l, c);
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (all, ent: string, offset: number) => {
      if (!all.endsWith(';')) fail("an '&' that does not start an entity (write &amp;)", at + offset);
      if (ent.startsWith('#')) {
        const cp = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        if (!Number.isInteger(cp) || cp < 1 || cp > 0x10ffff) fail(`an invalid character reference &${ent};`, at + offset);
        return String.fromCodePoint(cp);
      }
      const v = NAMED[ent];
      if (v === undefined) fail(`an unknown entity &${ent};`, at + offset);
      return v!;
    });
  const skipMisc = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i);
        if (end < 0) fail('a processing instruction that is never closed');
        i = end + 2;
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end < 0) fail('a comment that is never closed');
        i = end + 3;
      } else if (text.startsWith('<!DOCTYPE', i)) fail('a DOCTYPE (not allowed in an interchange file)');
      else return;
    }
  };

  const element = (): XmlElement => {
    const start = i;
    if (text[i] !== '<') fail('expected an element');
    i++;
    const name = NAME.exec(text.slice(i, i + 200))?.[0];
    if (!name) fail('expected an element name');
    i += name!.length;
    const el: XmlElement = { name: name!, local: name!.replace(/^.*:/, ''), attributes: {}, children: [], text: '', line: where(start)[0] };
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      const attr = NAME.exec(text.slice(i, i + 200))?.[0];
      if (!attr) fail(`unexpected "${text[i] ?? 'end of file'}" in <${name}>`);
      i += attr!.length;
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '=') fail(`attribute ${attr} has no value`);
      i++;
      while (/\s/.test(text[i] ?? '')) i++;
      const q = text[i];
      if (q !== '"' && q !== "'") fail(`attribute ${attr}'s value is not quoted`);
      const end = text.indexOf(q!, i + 1);
      if (end < 0) fail(`attribute ${attr}'s value is never closed`);
      el.attributes[attr!] = decode(text.slice(i + 1, end), i + 1);
      i = end + 1;
    }
    let body = '';
    for (;;) {
      if (i >= text.length) fail(`<${name}> is never closed`, start);
      if (text.startsWith('</', i)) {
        const close = NAME.exec(text.slice(i + 2, i + 202))?.[0];
        if (close !== name) fail(`</${close ?? ''}> closes <${name}> (opened on line ${el.line})`);
        i += 2 + close!.length;
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] !== '>') fail(`expected ">" after </${name}`);
        i++;
        el.text = body;
        return el;
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end < 0) fail('a comment that is never closed');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('a CDATA section that is never closed');
        body += text.slice(i + 9, end);
        i = end + 3;
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i);
        if (end < 0) fail('a processing instruction that is never closed');
        i = end + 2;
      } else if (text[i] === '<') {
        el.children.push(element());
      } else {
        const next = text.indexOf('<', i);
        const end = next < 0 ? text.length : next;
        body += decode(text.slice(i, end), i);
        i = end;
      }
    }
  };

  skipMisc();
  if (i >= text.length) fail('the file has no XML element');
  const root = element();
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return root;
}

/** The first child with a local name. */
export const child = (el: XmlElement, local: string) => el.children.find((c) => c.local === local);
/** Every child with a local name. */
export const childrenOf = (el: XmlElement | undefined, local: string) => (el ? el.children.filter((c) => c.local === local) : []);
/** A child's text, trimmed, or undefined when there is no such child. */
export const textOf = (el: XmlElement | undefined, local: string) => {
  const c = el ? child(el, local) : undefined;
  return c ? c.text.trim() : undefined;
};
