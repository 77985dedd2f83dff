/**
 * A small, strict XML reader for tests: it throws on anything not well-formed (unclosed or
 * mismatched tags, unquoted or repeated attributes, a bare "&" or "<", more than one root) and
 * returns the element tree. Enough to check the SVG exports without a dependency.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, where: number): string {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1))
    if (!ENTITY.test(text.slice(i))) throw new Error(`bare "&" at ${where + i}`);
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!,
  );
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end === -1) fail('unclosed processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) fail('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0] ?? fail('bad closing tag');
      const open = stack.pop() ?? fail(`closing </${name}> with nothing open`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}>`);
      i += 2 + name.length;
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml[i] !== '>') fail('expected ">"');
      i++;
    } else if (xml[i] === '<') {
      i++;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad tag name');
      i += name.length;
      const element: XmlElement = { name, attributes: {}, children: [] };
      for (;;) {
        const space = /^\s*/.exec(xml.slice(i))![0].length;
        i += space;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (!space) fail('expected whitespace before an attribute');
        const attr = NAME.exec(xml.slice(i))?.[0] ?? fail('bad attribute name');
        i += attr.length;
        const match =
          /^\s*=\s*(["'])/.exec(xml.slice(i)) ?? fail(`attribute ${attr} is not quoted`);
        i += match[0].length;
        const end = xml.indexOf(match[1]!, i);
        if (end === -1) fail('unclosed attribute value');
        const raw = xml.slice(i, end);
        if (raw.includes('<')) fail(`"<" in attribute ${attr}`);
        if (attr in element.attributes) fail(`repeated attribute ${attr}`);
        element.attributes[attr] = decode(raw, i);
        i = end + 1;
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i++;
        stack.push(element);
      }
    } else {
      const end = xml.indexOf('<', i) === -1 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      const parent = stack.at(-1);
      if (parent) parent.children.push(decode(text, i));
      else if (text.trim()) fail('text outside the root element');
      i = end;
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** All elements under `root` (itself included) that satisfy `test`, in document order. */
export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (test(e)) found.push(e);
    for (const child of e.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

export function textContent(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
