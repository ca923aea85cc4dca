/** Markdown building blocks for job summaries (GitHub-flavoured Markdown). */

/**
 * Fits a value in a Markdown table cell (pipes and line breaks); Markdown in it is kept,
 * so a value from a file goes through `text` first.
 */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Text from a file or a process (a finding's message, a slice value, a provider's error)
 * as literal Markdown inside a line: punctuation that would format (`__main__.X` in bold,
 * a link) is backslash-escaped, HTML is shown as text, and an `@name` mentions nobody.
 */
export function text(value: unknown): string {
  return (
    String(value ?? '')
      // What formats inside a line: emphasis, code, links and images, strikethrough.
      .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '&#64;')
      .replace(/\r?\n/g, ' ')
  );
}

/** A Markdown table; an empty row list renders a one-line note instead. */
export function table(headers: string[], rows: unknown[][], empty = '_none_'): string {
  if (rows.length === 0) return `${empty}\n`;
  const head = `| ${headers.map((h) => (h === '' ? ' ' : cell(h))).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}

/** The first line of every summary: a verdict a person reads at a glance. */
export function verdict(ok: boolean, text: string): string {
  return `## ${ok ? '✅' : '❌'} ${text}\n`;
}

/** Inline code, safe for backticks in the value. */
export function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${value}${fence}`;
}

/** A collapsed section. */
export function details(summaryText: string, body: string): string {
  return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n`;
}
