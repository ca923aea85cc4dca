import { StreamReader } from '../../src/formats/stream-reader.js';
import { readChunks } from '../../src/formats/file-source.js';
import { scanPickles } from '../../src/formats/pickle/scanner.js';
import { FindingList } from '../../src/formats/findings.js';
test('scratch', async () => {
  for (const f of ['lr_p0.pkl','lr_p1.pkl','lr_p2.pkl','lr_p3.pkl','lr_p4.pkl','lr_p5.pkl','rf.pkl','rf.joblib','mixed.joblib']) {
    const findings = new FindingList(f);
    const r = await scanPickles(new StreamReader(readChunks('/tmp/fx/' + f)), { policy: 'allowlist', allowGlobals: new Set(), findings });
    console.log(f, r.pickles, r.joblibArrays, r.malformed, r.imports.map(i => `${i.module}.${i.name}:${i.verdict}`).join(' '), JSON.stringify(findings.items));
  }
});
