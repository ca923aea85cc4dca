// Benchmarks: `npm run bench -- <name>`. Each prints ratios against an independent
// reference run side by side; none is part of npm test.
import { runAnalysisBench } from './analysis.mjs';
import { runDriftBench } from './drift.mjs';
import { runGateBench } from './gate.mjs';
import { runPushBench } from './push.mjs';
import { runRollbackBench } from './rollback.mjs';
import { runValidateBench } from './validate.mjs';

const benches = {
  validate: runValidateBench,
  push: runPushBench,
  gate: runGateBench,
  rollback: runRollbackBench,
  analysis: runAnalysisBench,
  drift: runDriftBench,
};
const name = process.argv[2];
if (!benches[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
await benches[name]();
