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

const COMPOSITES = ['promote'];

test('every action folder has a definition here (or is a composite of them)', () => {
  expect(
    readdirSync('actions')
      .filter((d) => existsSync(join('actions', d, 'action.yml')))
      .sort(),
  ).toEqual([...Object.keys(definitions), ...COMPOSITES].sort());
});

describe.each(COMPOSITES)('actions/%s/action.yml chains the actions correctly', (name) => {
  interface Step {
    id: string;
    uses: string;
    with: Record<string, string>;
  }
  const yml = parse(readFileSync(join('actions', name, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
    outputs: Record<string, { value: string; description?: string }>;
    runs: { using: string; steps: Step[] };
  };
  const stepIds = yml.runs.steps.map((s) => s.id);

  test('each step is one of our actions, given only inputs it declares', () => {
    expect(yml.runs.using).toBe('composite');
    for (const step of yml.runs.steps) {
      const action = /^modelgate\/modelgate\/actions\/([a-z-]+)@v1$/.exec(step.uses)?.[1];
      expect({ step: step.id, action }).toEqual({ step: step.id, action: expect.any(String) });
      const declared = Object.keys(definitions[action!].inputs);
      for (const input of Object.keys(step.with))
        expect({ action, input, declared }).toEqual({
          action,
          input,
          declared: expect.arrayContaining([input]),
        });
      for (const required of declared.filter(
        (i) => declarationOf(definitions[action!].inputs[i]).required,
      ))
        expect({ step: step.id, required, given: required in step.with }).toEqual({
          step: step.id,
          required,
          given: true,
        });
    }
  });

  test('expressions name only its own inputs and earlier steps, and outputs the steps have', () => {
    const outputsOf = (action: string) =>
      Object.keys(
        (parse(readFileSync(join('actions', action, 'action.yml'), 'utf8')) as ActionYml).outputs,
      );
    const check = (text: string, before: string[]) => {
      for (const [, input] of text.matchAll(/inputs\.([a-z-]+)/g))
        expect(Object.keys(yml.inputs)).toContain(input);
      for (const [, step, output] of text.matchAll(/steps\.([a-z-]+)\.outputs\.([a-z-]+)/g)) {
        expect(before).toContain(step);
        const uses = yml.runs.steps.find((s) => s.id === step)!.uses;
        expect(outputsOf(/actions\/([a-z-]+)@/.exec(uses)![1])).toContain(output);
      }
    };
    yml.runs.steps.forEach((step, i) => check(JSON.stringify(step.with), stepIds.slice(0, i)));
    for (const output of Object.values(yml.outputs)) {
      expect(output.description).toBeTruthy();
      check(output.value, stepIds);
    }
    for (const input of Object.values(yml.inputs)) expect(input.description).toBeTruthy();
  });
});
