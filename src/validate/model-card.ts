/** The model card: README.md or MODEL_CARD.md beside the model, with YAML front matter. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FindingList } from '../formats/findings.js';

export interface ModelCard {
  path: string;
  metadata: Record<string, unknown>;
}

const NAMES = ['MODEL_CARD.md', 'README.md'];
const MAX_CARD = 1 << 20;

/** Finds and reads the model card in `dir`; reports problems when it is required. */
export async function checkModelCard(
  dir: string,
  required: boolean,
  findings: FindingList,
): Promise<ModelCard | undefined> {
  for (const name of NAMES) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const report = (code: string, message: string) =>
      required ? findings.error(code, message) : findings.note(code, message);
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text.slice(0, MAX_CARD));
    if (!match) {
      report(
        'MODEL_CARD_NO_METADATA',
        `${name} has no YAML front matter (--- ... ---) with the model's license`,
      );
      return { path, metadata: {} };
    }
    let metadata: unknown;
    try {
      metadata = parseYaml(match[1]);
    } catch (error) {
      report(
        'MODEL_CARD_BAD_METADATA',
        `${name} front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
      return { path, metadata: {} };
    }
    const record =
      typeof metadata === 'object' && metadata !== null
        ? (metadata as Record<string, unknown>)
        : {};
    if (!record.license) report('MODEL_CARD_NO_LICENSE', `${name} front matter has no 'license'`);
    return { path, metadata: record };
  }
  if (required)
    findings.error('MODEL_CARD_MISSING', `no model card (${NAMES.join(' or ')}) beside the model`);
  return undefined;
}
