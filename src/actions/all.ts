/** Every action by name, for the CLI and the in-process test host. */
import type { ActionDefinition } from '../core/action.js';

// Loaded on demand, so one action does not pay for the others' dependencies at start
// (the GitHub client, the model parsers): ncc emits each as its own chunk.
export const ACTIONS: Record<string, () => Promise<ActionDefinition>> = {
  'validate-model': async () =>
    (await import('./validate-model.js')).validateModelAction as unknown as ActionDefinition,
  'build-image': async () =>
    (await import('./build-image.js')).buildImageAction as unknown as ActionDefinition,
  'evaluate-gate': async () =>
    (await import('./evaluate-gate.js')).evaluateGateAction as unknown as ActionDefinition,
  deploy: async () => (await import('./deploy.js')).deployAction as unknown as ActionDefinition,
  rollback: async () =>
    (await import('./rollback.js')).rollbackAction as unknown as ActionDefinition,
};
