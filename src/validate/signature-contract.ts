/** The declared input/output contract (SPEC §3 signature file) and its check against a model. */
import { z } from 'zod';
import { ConfigurationError } from '../core/errors.js';
import { readYamlInput } from '../core/yaml-input.js';
import type { FindingList, ModelSignature, TensorSpec } from '../formats/findings.js';

export const DTYPES = [
  'float16',
  'float32',
  'float64',
  'bfloat16',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'bool',
  'string',
] as const;

const dimension = z.union([z.number().int().min(-1), z.null(), z.string().min(1)]);
/** One declared tensor (exported for the reference in docs/). */
export const tensorSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .optional()
      .describe('The tensor name in the model (optional: then matched by position).'),
    dtype: z.enum(DTYPES).describe(`Element type: ${DTYPES.join(', ')}.`),
    shape: z
      .array(dimension)
      .optional()
      .describe('Dimensions: a size, -1 or null for any, or a name for a symbolic one (batch).'),
  })
  .strict();
const tensor = tensorSchema;
/** The signature file (exported for the reference in docs/). */
export const contractSchema = z
  .object({
    inputs: z.array(tensor).optional().describe('What the model must take, in order.'),
    outputs: z.array(tensor).optional().describe('What the model must return, in order.'),
  })
  .strict();

export type SignatureContract = z.infer<typeof contractSchema>;
type DeclaredTensor = z.infer<typeof tensor>;

/** Reads the `signature` input: a path to a YAML/JSON file, or inline YAML/JSON. */
export async function loadSignatureContract(value: string): Promise<SignatureContract> {
  const data = await readYamlInput(value, 'signature');
  const parsed = contractSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ConfigurationError('signature', `${issue.message}${where}`, value);
  }
  return parsed.data;
}

const isDynamic = (d: number | string | null) => d === null || d === -1 || typeof d === 'string';

/** Why a model shape does not satisfy a declared shape, or undefined when it does. */
export function shapeMismatch(
  declared: DeclaredTensor['shape'],
  actual: TensorSpec['shape'],
): string | undefined {
  if (!declared || actual === null) return undefined;
  if (declared.length !== actual.length) return `rank ${actual.length}, not ${declared.length}`;
  for (let i = 0; i < declared.length; i++) {
    const want = declared[i];
    const have = actual[i];
    if (isDynamic(have)) continue;
    if (isDynamic(want))
      return `dimension ${i} is fixed at ${have}, but the contract allows any size`;
    if (want !== have) return `dimension ${i} is ${have}, not ${want}`;
  }
  return undefined;
}

/** Checks a model's signature against the contract; every difference is an error finding. */
export function checkSignature(
  contract: SignatureContract,
  actual: ModelSignature | undefined,
  findings: FindingList,
): void {
  if (!actual) {
    findings.error(
      'SIGNATURE_UNAVAILABLE',
      'a signature was declared, but this format records no inputs/outputs to check it against',
    );
    return;
  }
  const compare = (kind: 'input' | 'output', declared: DeclaredTensor[], have: TensorSpec[]) => {
    const matched = new Set<string>();
    for (const want of declared) {
      const found =
        want.name === undefined
          ? have.length === 1
            ? have[0]
            : undefined
          : have.find((t) => t.name === want.name);
      const label = want.name ?? `(unnamed ${kind})`;
      if (!found) {
        const names = have.map((t) => t.name).join(', ') || 'none';
        findings.error(
          `SIGNATURE_MISSING_${kind.toUpperCase()}`,
          `declared ${kind} '${label}' is not in the model (model ${kind}s: ${names})`,
        );
        continue;
      }
      matched.add(found.name);
      if (found.dtype !== want.dtype)
        findings.error(
          'SIGNATURE_DTYPE',
          `${kind} '${found.name}' is ${found.dtype}, the contract says ${want.dtype}`,
        );
      const problem = shapeMismatch(want.shape, found.shape);
      if (problem)
        findings.error(
          'SIGNATURE_SHAPE',
          `${kind} '${found.name}' shape ${JSON.stringify(found.shape)} does not match ${JSON.stringify(want.shape)}: ${problem}`,
        );
    }
    return matched;
  };
  if (contract.inputs) {
    const matched = compare('input', contract.inputs, actual.inputs);
    for (const extra of actual.inputs.filter((t) => !matched.has(t.name))) {
      findings.error(
        'SIGNATURE_EXTRA_INPUT',
        `model requires input '${extra.name}' (${extra.dtype}), which the contract does not declare`,
      );
    }
  }
  if (contract.outputs) compare('output', contract.outputs, actual.outputs);
}
