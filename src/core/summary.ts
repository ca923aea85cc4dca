/** Markdown building blocks for job summaries (GitHub-flavoured Markdown). */

/** Escapes text for a Markdown table cell. */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
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
