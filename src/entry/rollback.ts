// Bundled by ncc into dist/rollback/index.js, the file actions/rollback/action.yml runs.
import { rollbackAction } from '../actions/rollback.js';
import { runInActions } from '../core/actions-host.js';

await runInActions(rollbackAction);
