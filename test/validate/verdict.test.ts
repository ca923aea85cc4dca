import type { Finding } from '../../src/formats/findings.js';
import { judgeFindings } from '../../src/validate/verdict.js';

const finding = (severity: Finding['severity'], code: string): Finding => ({
  severity,
  code,
  message: `${code} happened`,
  location: { path: 'm' },
});

describe('validate-model verdict', () => {
  const warning = finding('warning', 'W1');
  const error = finding('error', 'E1');

  test('errors fail under fail-on: error, naming the first error', () => {
    expect(judgeFindings([warning, error], 'error')).toEqual({
      valid: false,
      errors: 1,
      warnings: 1,
      failure: 'model failed validation: 1 error(s), 1 warning(s); first: E1: E1 happened',
    });
  });
  test('warnings alone pass under error, fail under warning', () => {
    expect(judgeFindings([warning], 'error')).toEqual({ valid: true, errors: 0, warnings: 1 });
    expect(judgeFindings([warning], 'warning').failure).toBe(
      'model failed validation: 0 error(s), 1 warning(s); first: W1: W1 happened',
    );
  });
  test('fail-on: never reports invalid but never fails', () => {
    expect(judgeFindings([error], 'never')).toEqual({ valid: false, errors: 1, warnings: 0 });
  });
  test('notes do not count', () => {
    expect(judgeFindings([finding('note', 'N1')], 'warning')).toEqual({
      valid: true,
      errors: 0,
      warnings: 0,
    });
  });
});
