import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderReference } from '../../src/docs/reference.js';
import { parseGates } from '../../src/gate/gates-file.js';

const reference = renderReference();

test('every field of every file format says what it means', () => {
  const rows = reference.split('\n').filter((l) => /^\| `[^`]+` \|/.test(l));
  expect(rows.length).toBeGreaterThan(40);
  for (const row of rows) {
    const meaning = row.split(' | ').at(-1)!.replace(/\|$/, '').trim();
    expect({ row, described: meaning.length > 3 }).toEqual({ row, described: true });
  }
});

test('the committed docs/file-formats.md is what the sources render', () => {
  expect(readFileSync('docs/file-formats.md', 'utf8')).toBe(reference);
});

test('the example in the reference is a gates file evaluate-gate accepts', () => {
  const example = /```yaml\n([\s\S]*?)```/.exec(reference)![1];
  expect(parseGates(parse(example)).gates.map((g) => g.metric)).toEqual(['accuracy', 'roc_auc']);
});
