/**
 * The one way an input that holds YAML is read (`gates`, `signature`): a path to a file,
 * or the YAML (or JSON) itself inline. A value that names a file is read; a value that
 * does not but looks like a document (a line break, `key: value`, a `{` or `[`) is the
 * document; anything else is a path that cannot be read, said as such.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { ConfigurationError, describeError } from './errors.js';

/** The parsed document of `value`; errors name `input`. */
export async function readYamlInput(value: string, input: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const inline = /\n/.test(value) || /^\s*[{[]/.test(value) || /:\s/.test(value);
    if (!inline || (code !== 'ENOENT' && code !== 'ENAMETOOLONG'))
      throw new ConfigurationError(
        input,
        `cannot read ${value}: ${describeError(error)} (give a path to a YAML file, or the YAML itself)`,
      );
    text = value;
  }
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigurationError(
      input,
      `is not valid YAML (or JSON): ${describeError(error).split('\n')[0]}`,
    );
  }
}
