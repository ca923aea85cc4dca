import { parseGates, loadGates } from '../../src/gate/gates-file.js';
import { parse } from 'yaml';

const bad = (yaml: string) => () => parseGates(parse(yaml));

describe('gates file', () => {
  test('reads the SPEC example with its defaults', () => {
    const config = parseGates(
      parse(`confidence: 0.9
gates:
  - metric: accuracy
    min: 0.9
    max-regression: 0.005
  - metric: f1_macro
    max-regression: 1%
    significance: true
  - metric: recall
    slices: [region]
    min-count: 50
    max-regression: 0.02
  - metric: latency_p95_ms
    max: 50
    direction: lower
`),
    );
    expect(config).toMatchObject({ confidence: 0.9, bootstrap: 2000, missing: 'fail' });
    expect(config.seed).toBeUndefined();
    expect(config.gates[0]).toMatchObject({
      direction: 'higher',
      maxRegression: { value: 0.005, relative: false },
    });
    expect(config.gates[1].maxRegression).toEqual({ value: 0.01, relative: true });
    expect(config.gates[2]).toMatchObject({ slices: ['region'], minCount: 50 });
    // A sliced gate without min-count skips slices too small for a valid test.
    expect(
      parseGates({ gates: [{ metric: 'recall', slices: ['region'], 'max-regression': 0.1 }] })
        .gates[0].minCount,
    ).toBe(20);
    expect(config.gates[3]).toMatchObject({ direction: 'lower', max: 50 });
  });

  test.each([
    [
      'gates:\n  - metric: acuracy\n    min: 0.9\n',
      /^input 'gates': gates\[0\] \(metric: acuracy\): unknown metric 'acuracy' \(did you mean accuracy\?\)/,
    ],
    [
      'gates:\n  - metric: accuracy\n    min: high\n',
      /gates\[0\] \(metric: accuracy\): min: Invalid input: expected number/,
    ],
    ['gates:\n  - metric: accuracy\n    max-regression: lots\n', /max-regression: .*percentage/],
    [
      'gates:\n  - metric: accuracy\n    max-regression: -0.1\n',
      /max-regression: must not be negative/,
    ],
    ['gates:\n  - metric: accuracy\n', /needs min, max or max-regression/],
    [
      'gates:\n  - metric: accuracy\n    min: 0.9\n    significance: true\n',
      /significance: true needs max-regression/,
    ],
    [
      'gates:\n  - metric: log_loss\n    max: 1\n    direction: higher\n',
      /direction of log_loss is lower/,
    ],
    ['gates:\n  - metric: accuracy\n    minimum: 0.9\n', /unknown key 'minimum'/],
    ['gates: []\n', /^input 'gates': gates: lists no gates/],
    ['confidence: 1.5\ngates:\n  - metric: accuracy\n    min: 1\n', /^input 'gates': confidence: /],
    ['missing: maybe\ngates:\n  - metric: accuracy\n    min: 1\n', /^input 'gates': missing: /],
    // Settings that weaken the test have floors a pull request cannot go under.
    [
      'confidence: 0.8\ngates:\n  - metric: accuracy\n    min: 1\n',
      /^input 'gates': confidence: must be at least 0\.9 \(0\.975 gives the regulatory one-sided 2\.5%\)/,
    ],
    [
      'bootstrap: 200\ngates:\n  - metric: accuracy\n    min: 1\n',
      /^input 'gates': bootstrap: must be at least 1000/,
    ],
  ])('%s is refused with one clear line', (yaml, message) => {
    expect(bad(yaml)).toThrow(message);
  });

  test('malformed YAML and a missing file name the gates input', async () => {
    await expect(loadGates('gates:\n  - metric: [accuracy\n')).rejects.toThrow(
      /^input 'gates': is not valid YAML/,
    );
    await expect(loadGates('no-such-gates.yml')).rejects.toThrow(
      /^input 'gates': cannot read no-such-gates\.yml/,
    );
  });
});
