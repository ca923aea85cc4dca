/**
 * The `baseline` input: a metrics or predictions file, `environment:<name>` (the metrics
 * the live release recorded when it passed its gate), or nothing. With no baseline the
 * regression gates are skipped, and the reason says why.
 */
import { ConfigurationError } from '../core/errors.js';
import { liveRelease, type Ledger } from '../ledger/ledger.js';
import { parseMetricsObject } from '../metrics/metrics-file.js';
import { loadSide, sideFromMetrics, type LoadOptions, type Side } from './sides.js';

export interface ResolvedBaseline {
  side?: Side;
  /** Why there is none (shown on the skipped regression gates). */
  missing?: string;
  /** The release it came from, for `environment:<name>`. */
  release?: { id: string; image: string; environment: string };
}

/** Reads the baseline named by the input; `openLedger` is only called for environments. */
export async function resolveBaseline(
  input: string,
  options: LoadOptions,
  openLedger: () => Ledger,
): Promise<ResolvedBaseline> {
  if (input === '') return { missing: 'no baseline given' };
  if (!input.startsWith('environment:')) return { side: await loadSide(input, options) };
  const environment = input.slice('environment:'.length).trim();
  if (!environment) throw new ConfigurationError('baseline', 'environment: needs a name', input);
  const ledger = openLedger();
  const release = await liveRelease(ledger, environment);
  if (!release) return { missing: `nothing is live in ${environment} yet (${ledger.description})` };
  const where = `release ${release.id} in ${environment}`;
  if (!release.gate?.metrics)
    return { missing: `the live ${where} recorded no gate metrics`, release: summaryOf(release) };
  const metrics = parseMetricsObject(
    { metrics: release.gate.metrics, slices: release.gate.slices ?? {} },
    where,
    'baseline',
  );
  return {
    side: sideFromMetrics(metrics, `${where} (${release.image})`),
    release: summaryOf(release),
  };
}

function summaryOf(release: { id: string; image: string; environment: string }) {
  return { id: release.id, image: release.image, environment: release.environment };
}
