// Benchmarks: `npm run bench -- <name>`. Each prints ratios against an independent
// reference run side by side; none is part of npm test.
import { runPushBench } from './push.mjs';
import { runValidateBench } from './validate.mjs';

const benches = { validate: runValidateBench, push: runPushBench };
const name = process.argv[2];
if (!benches[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
await benches[name]();
