/**
 * Where JSON.parse gave up on `text`: the offset of the first character that cannot continue valid
 * JSON (text.length when it ends too soon), or -1 if it is valid. V8's own messages give no
 * position for most errors. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorAt(text: string): number {
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack: ('[' | '{')[] = [];
  type Expect = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'afterValue' | 'end';
  let expect: Expect = 'value';
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** Scans a string starting at text[i] === '"'; false where it breaks (i is there). */
  const string = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return ++i > 0;
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[++i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
      }
    }
    return false;
  };
  const value = (c: string): boolean => {
    if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
      i++;
      return true;
    }
    expect = 'afterValue';
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null'])
      if (text.startsWith(literal, i)) return (i += literal.length) > 0;
    number.lastIndex = i;
    if (!number.test(text)) return false;
    i = number.lastIndex;
    return true;
  };
  const state = (): Expect => expect;
  for (;;) {
    skipSpace();
    if (i >= text.length) return expect === 'end' ? -1 : text.length;
    const c = text[i]!;
    // Read through a call: `value()` changes `expect` where the compiler's narrowing cannot see.
    const now = state();
    switch (now) {
      case 'end':
        return i;
      case 'valueOrEnd':
      case 'keyOrEnd':
        if (c === (now === 'valueOrEnd' ? ']' : '}')) {
          stack.pop();
          i++;
          expect = stack.length ? 'afterValue' : 'end';
          break;
        }
        if (now === 'valueOrEnd') {
          if (!value(c)) return i;
          break;
        }
      // falls through: a key
      case 'key':
        if (c !== '"' || !string()) return i;
        expect = 'colon';
        break;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'value':
        if (!value(c)) return i;
        break;
      case 'afterValue': {
        const top = stack.at(-1);
        if (c === ',') expect = top === '{' ? 'key' : 'value';
        else if ((c === ']' && top === '[') || (c === '}' && top === '{')) stack.pop();
        else return i;
        i++;
        if (c !== ',' && !stack.length) expect = 'end';
        break;
      }
    }
    if (expect === 'afterValue' && !stack.length) expect = 'end';
  }
}
