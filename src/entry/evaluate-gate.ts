// Bundled by ncc into dist/evaluate-gate/index.js, the file actions/evaluate-gate/action.yml runs.
import { evaluateGateAction } from '../actions/evaluate-gate.js';
import { runInActions } from '../core/actions-host.js';

await runInActions(evaluateGateAction);
