import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildImageAction } from '../../src/actions/build-image.js';
import { deployAction } from '../../src/actions/deploy.js';
import { rollbackAction } from '../../src/actions/rollback.js';
import { evaluateGateAction } from '../../src/actions/evaluate-gate.js';
import { validateModelAction } from '../../src/actions/validate-model.js';
import type { ActionDefinition } from '../../src/core/action.js';
import { declarationOf } from '../../src/core/inputs.js';

const definitions: Record<string, ActionDefinition> = {
  'validate-model': validateModelAction as unknown as ActionDefinition,
  'build-image': buildImageAction as unknown as ActionDefinition,
  'evaluate-gate': evaluateGateAction as unknown as ActionDefinition,
  deploy: deployAction as unknown as ActionDefinition,
  rollback: rollbackAction as unknown as ActionDefinition,
};

interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe.each(Object.keys(definitions))('actions/%s/action.yml agrees with the code', (name) => {
  const yml = parse(readFileSync(join('actions', name, 'action.yml'), 'utf8')) as ActionYml;
  const definition = definitions[name];

  test('runs the committed bundle on node24', () => {
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join('actions', name, yml.runs.main))).toBe(true);
  });

  test('declares exactly the inputs the code parses, with the same defaults', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.keys(definition.inputs).sort());
    for (const [input, schema] of Object.entries(definition.inputs)) {
      const declared = declarationOf(schema);
      expect({
        input,
        required: yml.inputs[input].required ?? false,
        default: yml.inputs[input].default,
      }).toEqual({ input, required: declared.required, default: declared.default });
      expect(yml.inputs[input].description).toBeTruthy();
    }
  });

  test('every output has a description', () => {
    for (const output of Object.values(yml.outputs)) expect(output.description).toBeTruthy();
  });
});

test('every action folder has a definition here', () => {
  expect(
    readdirSync('actions')
      .filter((d) => existsSync(join('actions', d, 'action.yml')))
      .sort(),
  ).toEqual(Object.keys(definitions).sort());
});
