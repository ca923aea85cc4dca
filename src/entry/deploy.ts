// Bundled by ncc into dist/deploy/index.js, the file actions/deploy/action.yml runs.
import { deployAction } from '../actions/deploy.js';
import { runInActions } from '../core/actions-host.js';

await runInActions(deployAction);
