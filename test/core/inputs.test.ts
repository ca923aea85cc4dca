import { ConfigurationError } from '../../src/core/errors.js';
import { bool, choice, lines, parseInputs, size, text } from '../../src/core/inputs.js';
import { formatBytes, parseSize } from '../../src/core/size.js';

const schema = {
  model: text({ required: true }),
  mode: choice(['a', 'b'], 'a'),
  flag: bool(false),
  limit: size(),
  list: lines(),
  token: text({ secret: true }),
};

describe('inputs', () => {
  test('defaults apply to empty inputs', () => {
    expect(parseInputs(schema, (n) => (n === 'model' ? ' m.onnx ' : ''))).toEqual({
      model: 'm.onnx',
      mode: 'a',
      flag: false,
      limit: undefined,
      list: [],
      token: '',
    });
  });

  test('values are parsed into types', () => {
    const raw: Record<string, string> = {
      model: 'x',
      mode: 'b',
      flag: 'True',
      limit: '2GiB',
      list: 'a.b\n c.d \n\n',
      token: 't',
    };
    expect(parseInputs(schema, (n) => raw[n] ?? '')).toEqual({
      model: 'x',
      mode: 'b',
      flag: true,
      limit: 2 ** 31,
      list: ['a.b', 'c.d'],
      token: 't',
    });
  });

  test.each([
    ['model', '', "input 'model': is required"],
    ['mode', 'c', "input 'mode': must be one of a, b (got 'c')"],
    ['flag', 'yes', "input 'flag': must be true or false (got 'yes')"],
    ['limit', '2 parsecs', "input 'limit': must be a size such as 500MB or 2GiB (got '2 parsecs')"],
  ])('bad %s gives one clear line', (name, value, message) => {
    const raw: Record<string, string> = { model: 'x', [name]: value };
    const run = () => parseInputs(schema, (n) => raw[n] ?? '');
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });

  test('sizes', () => {
    expect(parseSize('500MB')).toBe(500e6);
    expect(parseSize('1.5 KiB')).toBe(1536);
    expect(parseSize('12')).toBe(12);
    expect(parseSize('-1GB')).toBeUndefined();
    expect(formatBytes(3 * 2 ** 30)).toBe('3.00 GiB');
  });
});
