// Bundled by ncc into dist/build-image/index.js, the file actions/build-image/action.yml runs.
import { buildImageAction } from '../actions/build-image.js';
import { runInActions } from '../core/actions-host.js';

await runInActions(buildImageAction);
