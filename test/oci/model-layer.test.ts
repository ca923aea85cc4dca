import { join } from 'node:path';
import { startMeasuringLayer } from '../../src/oci/model-layer.js';
import { planTar } from '../../src/oci/tar-layer.js';
import { useTempDir } from '../support/temp.js';

describe('measuring the model layer', () => {
  const dir = useTempDir();

  test.each([false, true])(
    'a hash that fails before anyone awaits it (per file: %s) is an error when awaited, never an unhandled rejection',
    async (perFile) => {
      const unhandled: unknown[] = [];
      const record = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', record);
      try {
        const missing = join(dir(), 'gone.bin');
        const plan = planTar(
          [{ path: 'gone.bin', absolute: missing, size: 32 << 20 }],
          '/models',
          0,
        );
        const measuring = startMeasuringLayer(plan, 'none', { perFile });
        // The registry round trips a real push makes before it awaits the digest.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(unhandled).toEqual([]);
        await expect(measuring.result).rejects.toThrow(/ENOENT.*gone\.bin/);
        if (perFile) await expect(measuring.files).rejects.toThrow(/ENOENT/);
        else await expect(measuring.files).resolves.toBeUndefined();
      } finally {
        process.off('unhandledRejection', record);
      }
    },
  );
});
