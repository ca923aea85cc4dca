import { cell, table, text } from '../../src/core/summary.js';

describe('text: what a file says is shown, never formatted', () => {
  test.each([
    ['__main__.Exploit', '\\_\\_main\\_\\_.Exploit'],
    ['*bold* and `code`', '\\*bold\\* and \\`code\\`'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['ping @acme/ml-team', 'ping &#64;acme/ml-team'],
    ['~~gone~~ a & b', '\\~\\~gone\\~\\~ a &amp; b'],
    ['two\nlines', 'two lines'],
  ])('%j', (value, escaped) => {
    expect(text(value)).toBe(escaped);
  });

  test('in a table cell, a pipe stays in its cell and the escapes survive', () => {
    expect(cell(text('a|__b__'))).toBe('a\\|\\_\\_b\\_\\_');
    expect(table(['finding'], [[text('x | __init__')]])).toBe(
      '| finding |\n| --- |\n| x \\| \\_\\_init\\_\\_ |\n',
    );
  });
});
