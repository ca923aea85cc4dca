import { ConfigurationError } from '../../src/core/errors.js';
import { isLoopback, parseImageReference } from '../../src/oci/reference.js';

describe('image references', () => {
  test.each([
    ['ghcr.io/acme/churn', { kind: 'registry', registry: 'ghcr.io', repository: 'acme/churn' }],
    [
      '127.0.0.1:5000/acme/churn:v1',
      { kind: 'registry', registry: '127.0.0.1:5000', repository: 'acme/churn', tag: 'v1' },
    ],
    ['localhost/m', { kind: 'registry', registry: 'localhost', repository: 'm' }],
    [
      'python:3.12-slim',
      { kind: 'registry', registry: 'docker.io', repository: 'library/python', tag: '3.12-slim' },
    ],
    [
      'acme/base@sha256:' + 'a'.repeat(64),
      {
        kind: 'registry',
        registry: 'docker.io',
        repository: 'acme/base',
        digest: 'sha256:' + 'a'.repeat(64),
      },
    ],
    ['oci:out/layout', { kind: 'layout', dir: 'out/layout' }],
    ['oci:/tmp/x:base', { kind: 'layout', dir: '/tmp/x', tag: 'base' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text, 'image')).toEqual(expected);
  });

  test.each([
    ['ghcr.io/Acme/Churn', /not a valid repository name/],
    ['ghcr.io/acme/churn:bad tag', /not a valid tag/],
    ['ghcr.io/acme/churn@sha256:short', /not a sha256 digest/],
    ['oci:', /needs a directory/],
  ])('%s is refused naming the input', (text, message) => {
    expect(() => parseImageReference(text, 'image')).toThrow(ConfigurationError);
    expect(() => parseImageReference(text, 'image')).toThrow(message);
    expect(() => parseImageReference(text, 'image')).toThrow(/^input 'image': /);
  });

  test('plain HTTP only for loopback', () => {
    expect(['localhost:5000', '127.0.0.1:5000', '127.1.2.3', '[::1]:5000'].map(isLoopback)).toEqual(
      [true, true, true, true],
    );
    expect(['ghcr.io', '10.0.0.1:5000', 'localhost.evil.com'].map(isLoopback)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
