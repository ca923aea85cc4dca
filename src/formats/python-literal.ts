/**
 * A parser for the Python literals NumPy writes in .npy headers:
 * `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`. Nothing is evaluated.
 */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

/** Parses a dict/tuple/list/str/int/bool/None literal; throws on anything else. */
export function parsePythonLiteral(text: string): PyValue {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const expect = (c: string) => {
    ws();
    if (text[i] !== c) throw new Error(`expected '${c}' at ${i}`);
    i++;
  };
  const value = (depth: number): PyValue => {
    if (depth > 32) throw new Error('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      // No prototype: a key named __proto__ is a key; a repeated key keeps its last value, as in Python.
      const out: Record<string, PyValue> = Object.create(null) as Record<string, PyValue>;
      for (;;) {
        ws();
        if (text[i] === '}') return (i++, out);
        const key = value(depth + 1);
        if (typeof key !== 'string') throw new Error('dict keys must be strings');
        expect(':');
        out[key] = value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') throw new Error(`expected ',' or '}' at ${i}`);
      }
    }
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const out: PyValue[] = [];
      for (;;) {
        ws();
        if (text[i] === close) return (i++, out);
        out.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== close) throw new Error(`expected ',' or '${close}' at ${i}`);
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated string');
      const s = text.slice(i + 1, end);
      // Python decodes escapes (`'\x4f'` is `'O'`); rather than decode them differently,
      // a header with any is refused.
      if (s.includes('\\')) throw new Error(`a string with a backslash escape at ${i}`);
      i = end + 1;
      return s;
    }
    const word = /^(-?\d+|True|False|None)/.exec(text.slice(i, i + 32));
    if (!word) throw new Error(`unexpected '${text.slice(i, i + 10)}' at ${i}`);
    i += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    if (word[0] === 'None') return null;
    return Number(word[0]);
  };
  const result = value(0);
  ws();
  if (i !== text.length) throw new Error(`unexpected text after the literal at ${i}`);
  return result;
}
