/**
 * The `baseline` input: a metrics or predictions file, `environment:<name>` (the release
 * of the model live there: its recorded predictions when it stored evidence, else its
 * metrics), or nothing. With no baseline the regression gates are skipped, and the
 * reason says why. An environment with nothing of the model live fails closed (SPEC §5):
 * a first release skips them, but a model live elsewhere (a typo such as
 * `environment:prodution`) fails them unless `allowMissing`.
 */
import { ConfigurationError } from '../core/errors.js';
import {
  liveNames,
  liveRelease,
  onlyLiveName,
  type Ledger,
  type ReleaseRecord,
} from '../ledger/ledger.js';
import { parseMetricsObject } from '../metrics/metrics-file.js';
import { loadSide, sideFromMetrics, type LoadOptions, type Side } from './sides.js';

export interface ResolvedBaseline {
  side?: Side;
  /** Why there is none (shown on the regression gates). */
  missing?: string;
  /** What the regression gates become without a baseline: skipped, or failed (fail closed). */
  missingResult?: 'skipped' | 'fail';
  /** Nothing of the model is live anywhere: its first release. */
  firstRelease?: boolean;
  /** The release it came from, for `environment:<name>`. */
  release?: ReleaseRecord;
}

export interface BaselineSettings {
  /** Which model's release (`name` input); empty = the only one live there. */
  name: string;
  /** `allow-missing-baseline`: nothing live skips the regression gates. */
  allowMissing: boolean;
  /** Reads the predictions a release stored as evidence (undefined: it stored none). */
  readEvidence?: (release: ReleaseRecord, options: LoadOptions) => Promise<Side | undefined>;
}

/** Reads the baseline named by the input; `openLedger` is only called for environments. */
export async function resolveBaseline(
  input: string,
  options: LoadOptions,
  openLedger: () => Ledger,
  settings: BaselineSettings = { name: '', allowMissing: false },
): Promise<ResolvedBaseline> {
  if (input === '') return { missing: 'no baseline given', missingResult: 'skipped' };
  if (!input.startsWith('environment:')) return { side: await loadSide(input, options) };
  const environment = input.slice('environment:'.length).trim();
  if (!environment) throw new ConfigurationError('baseline', 'environment: needs a name', input);
  const ledger = openLedger();
  const name = settings.name || (await onlyLiveName(ledger, environment, 'name'));
  const release = name ? await liveRelease(ledger, environment, name) : undefined;
  if (!release) return noneLive(ledger, environment, name, settings.allowMissing);
  const where = `release ${release.id} in ${environment}`;
  const recorded = await settings.readEvidence?.(release, options).catch((error: unknown) => {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      'baseline',
      `cannot read the evidence ${release.evidence?.digest} of the live ${where}: ${(error as Error).message}`,
      input,
    );
  });
  if (recorded)
    return {
      side: {
        ...recorded,
        source: `${where}: its predictions (evidence ${release.evidence?.digest})`,
      },
      release,
    };
  if (!release.gate?.metrics)
    return {
      missing: `the live ${where} recorded no gate metrics${release.gate?.ungated ? ' (it was deployed ungated)' : ''}${settings.allowMissing ? ' (allow-missing-baseline)' : '; set allow-missing-baseline: true to skip the regression gates'}`,
      missingResult: settings.allowMissing ? 'skipped' : 'fail',
      release,
    };
  const metrics = parseMetricsObject(
    { metrics: release.gate.metrics, slices: release.gate.slices ?? {} },
    where,
    'baseline',
  );
  return { side: sideFromMetrics(metrics, `${where} (${release.image})`), release };
}

/** Nothing of `name` live in `environment`: a first release, or a baseline that is missing. */
async function noneLive(
  ledger: Ledger,
  environment: string,
  name: string | undefined,
  allowMissing: boolean,
): Promise<ResolvedBaseline> {
  const nothing = `nothing ${name ? `of ${name} ` : ''}is live in ${environment}`;
  const elsewhere = await liveElsewhere(ledger, name);
  if (elsewhere.length === 0)
    return {
      missing: `first release: nothing ${name ? `of ${name} ` : ''}is live in any environment (${ledger.description})`,
      missingResult: 'skipped',
      firstRelease: true,
    };
  const where = name
    ? `it is live in ${elsewhere.map((e) => e.environment).join(', ')}`
    : elsewhere
        .map(
          (e) =>
            `${e.names.join(', ')} ${e.names.length > 1 ? 'are' : 'is'} live in ${e.environment}`,
        )
        .join('; ');
  if (allowMissing)
    return { missing: `${nothing} (${where}; allow-missing-baseline)`, missingResult: 'skipped' };
  return {
    missing:
      `no baseline: ${nothing}, but ${where} (${ledger.description}); ` +
      'check the environment name, or set allow-missing-baseline: true',
    missingResult: 'fail',
  };
}

/** Environments with a live release of `name` (of any model without one), and what is live. */
async function liveElsewhere(
  ledger: Ledger,
  name: string | undefined,
): Promise<{ environment: string; names: string[] }[]> {
  const found: { environment: string; names: string[] }[] = [];
  for (const environment of (await ledger.environments()).sort()) {
    const names = (await liveNames(ledger, environment)).filter((n) => !name || n === name);
    if (names.length > 0) found.push({ environment, names });
  }
  return found;
}
