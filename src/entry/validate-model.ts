// Bundled by ncc into dist/validate-model/index.js, the file actions/validate-model/action.yml runs.
import { validateModelAction } from '../actions/validate-model.js';
import { runInActions } from '../core/actions-host.js';

await runInActions(validateModelAction);
