/**
 * GGUF chat templates are Jinja, rendered by the loader (llama-cpp-python, transformers).
 * Rendered without a sandbox they reach Python itself (CVE-2024-34359:
 * `{{ self.__init__.__globals__.__builtins__.__import__('os') ... }}`). This reads the
 * template's tags and expressions and reports what Jinja's SandboxedEnvironment would
 * refuse, plus what a static reading cannot be sure of, so either way it is an error:
 * attributes that start with `_` or are interpreter internals (`mro`, `gi_frame`...),
 * string literals that spell such names (they can be joined into one: `'__cla' ~ 'ss__'`)
 * or hold escapes, `attr` and `format` (names built at render time), and tags that read
 * other templates (`include`, `import`, `extends`, `from`). Written here: no JS Jinja
 * implementation applies Python's sandbox rules.
 */

/** Attributes Jinja's sandbox refuses besides those starting with `_` (jinja2/sandbox.py). */
const UNSAFE_ATTRIBUTES = new Set([
  'mro',
  'func_globals',
  'func_code',
  'func_closure',
  'func_defaults',
  'func_dict',
  'gi_frame',
  'gi_code',
  'gi_yieldfrom',
  'cr_frame',
  'cr_code',
  'cr_await',
  'ag_code',
  'ag_frame',
  'tb_frame',
  'tb_next',
  'f_globals',
  'f_locals',
  'f_builtins',
  'f_code',
  'co_code',
  'im_class',
  'im_func',
  'im_self',
  'format',
  'format_map',
]);
const READING_TAGS = new Set(['include', 'import', 'extends', 'from']);

/** What is wrong with a template, one line each (empty when nothing is). */
export function checkChatTemplate(template: string): string[] {
  const problems = new Set<string>();
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const kind = template[open + 1];
    if (kind === '#') {
      const close = template.indexOf('#}', open + 2);
      if (close < 0) return [...problems, 'an unclosed {# comment'];
      i = close + 2;
      continue;
    }
    if (kind !== '{' && kind !== '%') {
      i = open + 1;
      continue;
    }
    const end = findClose(template, open + 2, kind === '{' ? '}}' : '%}');
    if (end < 0) return [...problems, `an unclosed ${kind === '{' ? '{{' : '{%'} at ${open}`];
    const body = template
      .slice(open + 2, end)
      .replace(/^[-+]/, '')
      .replace(/[-+]$/, '');
    if (kind === '%') {
      const tag = /^\s*(\w+)/.exec(body)?.[1] ?? '';
      if (READING_TAGS.has(tag)) problems.add(`the ${tag} tag reads another template`);
      if (tag === 'raw') {
        const endraw = /\{%-?\s*endraw\s*-?%\}/.exec(template.slice(end));
        if (!endraw) return [...problems, 'an unclosed raw block'];
        i = end + endraw.index + endraw[0].length;
        continue;
      }
    }
    for (const problem of checkExpression(body)) problems.add(problem);
    i = end + 2;
  }
  return [...problems];
}

/** The index of `close` after `from`, skipping string literals; -1 when missing. */
function findClose(text: string, from: number, close: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = endOfString(text, i);
      if (end < 0) return -1;
      i = end;
    } else if (text.startsWith(close, i)) return i;
  }
  return -1;
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[start]) return i;
  }
  return -1;
}

/** Problems in one tag or expression body. */
function checkExpression(body: string): string[] {
  const problems: string[] = [];
  let previous = '';
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c === '"' || c === "'") {
      const end = endOfString(body, i);
      const literal = decodeEscapes(body.slice(i + 1, end < 0 ? body.length : end));
      if (literal === undefined)
        problems.push('a string literal with an escape that is not read here may spell anything');
      else if (literal.startsWith('_') || literal.includes('__') || UNSAFE_ATTRIBUTES.has(literal))
        problems.push(`the string '${literal.slice(0, 30)}' names an interpreter internal`);
      i = end < 0 ? body.length : end + 1;
      previous = 'string';
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i))?.[0];
    if (word) {
      if (previous === '.' && (word.startsWith('_') || UNSAFE_ATTRIBUTES.has(word)))
        problems.push(`the attribute .${word} reaches Python internals`);
      else if (previous !== '.' && word.startsWith('__'))
        problems.push(`the name ${word} reaches Python internals`);
      if (previous === '|' && (word === 'attr' || word === 'format'))
        problems.push(`the ${word} filter builds a name at render time`);
      i += word.length;
      previous = word;
      continue;
    }
    if (!/\s/.test(c)) previous = c;
    i += 1;
  }
  return problems;
}

/** A literal's value as Python (and so Jinja) decodes it; undefined for an escape not read here. */
function decodeEscapes(raw: string): string | undefined {
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '\n': '',
  };
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') {
      out += raw[i];
      continue;
    }
    const d = raw[++i];
    if (d !== undefined && d in simple) out += simple[d];
    else if (d === 'x' || d === 'u' || d === 'U') {
      const width = d === 'x' ? 2 : d === 'u' ? 4 : 8;
      const hex = raw.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined;
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += width;
    } else return undefined;
  }
  return out;
}
