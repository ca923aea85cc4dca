/**
 * The deploy and rollback job summaries: the verdict (what is live now), what was live
 * before and what is live now side by side, the evidence behind the release (gate
 * verdict and metrics, model, commit, run), the rollout, and the environment's recent
 * history.
 */
import { formatDuration } from '../core/duration.js';
import { code, table, text } from '../core/summary.js';
import { digestOf, type ReleaseRecord } from '../ledger/ledger.js';
import type { ReleaseOutcome } from './deploy-release.js';

const STATUS_ICON: Record<string, string> = {
  success: '✅ success',
  failure: '❌ failure',
  'rolled-back': '↩️ rolled back',
  inactive: '⚪ superseded',
  in_progress: '⏳ in progress',
};

/** A digest people can tell apart: `sha256:1a2b3c4d5e6f`. */
export const shortDigest = (image: string | undefined) =>
  image ? (digestOf(image)?.slice(0, 19) ?? image) : undefined;

/**
 * An image short enough for a table: the repository's last segment and a 12-hex digest
 * (`churn@sha256:1a2b3c4d5e6f`); the whole reference is in the outputs and the rollout line.
 */
export function shortImage(image: string): string {
  const at = image.lastIndexOf('@');
  if (at < 0) return image;
  const repository = image.slice(0, at);
  return `${repository.slice(repository.lastIndexOf('/') + 1)}@${shortDigest(image)}`;
}

/** The summary's first line. */
export function renderReleaseVerdict(outcome: ReleaseOutcome): string {
  const { environment, status, kind } = outcome;
  const what = kind === 'rollback' ? 'rollback' : 'deploy';
  const id = outcome.release?.id ? ` (${outcome.release.id})` : '';
  if (status === 'dry-run')
    return `## 📝 ${what} (dry run): ${environment} would move from ${shortDigest(outcome.previousImage) ?? 'nothing'} to ${shortDigest(outcome.image)}; nothing changed`;
  if (status === 'success')
    return `## ✅ ${what}: ${environment} now runs ${shortDigest(outcome.image)}${id}`;
  if (status === 'rolled-back')
    return `## ↩️ ${what}: the rollout to ${environment} failed and was rolled back to ${shortDigest(outcome.image)}`;
  if (status === 'unrecorded')
    return `## ⚠️ ${what}: ${environment} runs ${shortDigest(outcome.image)}, but the ledger could not record it${id}`;
  return `## ❌ ${what}: ${environment} ${kind === 'rollback' ? 'rollback' : 'rollout'} failed${id}`;
}

export function renderReleaseSummary(outcome: ReleaseOutcome): string {
  const parts = [renderReleaseVerdict(outcome), ''];
  // Failures quote providers, scripts and registries: shown literally.
  if (outcome.failure) parts.push(`**Why:** ${text(outcome.failure)}`, '');
  for (const note of outcome.notes ?? []) parts.push('> [!WARNING]', `> ${text(note)}`, '');
  const before = outcome.previous;
  const now =
    outcome.status === 'dry-run'
      ? (outcome.target ?? outcome.release)
      : outcome.status === 'rolled-back'
        ? outcome.restore
        : outcome.status === 'success'
          ? outcome.release
          : before;
  parts.push(
    table(
      ['', 'image', 'release', 'gate', 'commit'],
      [
        [
          'was live',
          outcome.previousImage ? code(shortImage(outcome.previousImage)) : 'nothing',
          before?.id,
          gateOf(before),
          commitOf(before),
        ],
        [
          outcome.status === 'dry-run' ? 'would be live' : 'live now',
          outcome.image ? code(shortImage(outcome.image)) : 'unknown',
          now?.id,
          gateOf(now ?? outcome.target),
          commitOf(now ?? outcome.target),
        ],
      ],
    ),
  );
  const evidence = outcome.release ?? outcome.target;
  if (evidence) parts.push(renderEvidence(evidence));
  if (outcome.status === 'dry-run')
    parts.push('**Plan** (nothing was changed):', '', ...outcome.plan.map((p) => `- ${p}`), '');
  else {
    const { totalMs, providerMs } = outcome.timings;
    parts.push(
      `**Rollout:** ${outcome.providerDetail ?? outcome.plan[0]} — ${formatDuration(totalMs)} in all, ` +
        `${formatDuration(providerMs)} of it the provider, ${formatDuration(totalMs - providerMs)} modelgate`,
      '',
    );
  }
  parts.push(
    `### History of ${outcome.environment}`,
    '',
    renderHistory(outcome.history.slice(0, 10)),
  );
  return parts.join('\n');
}

function renderEvidence(release: ReleaseRecord): string {
  const metrics = gatedMetrics(release)
    .map(([name, value]) => `${text(name)} ${Number.isInteger(value) ? value : value.toFixed(4)}`)
    .join(' · ');
  const lines = [
    release.gate?.ungated
      ? '- **Gate:** ⚠️ ungated (deployed with allow-ungated: true, no gate report)'
      : `- **Gate:** ${release.gate?.verdict ?? 'not recorded'}${metrics ? ` — ${metrics}` : ''}`,
    `- **Model:** ${release.model?.digest ? code(release.model.digest) : 'not recorded'}${release.model?.format ? ` (${release.model.format})` : ''}${release.gate?.model_digest === release.model?.digest && release.model?.digest ? ' — the model the gate judged' : ''}`,
    `- **Commit:** ${release.source?.sha ? code(release.source.sha.slice(0, 12)) : 'not recorded'}${release.source?.ref ? ` on ${release.source.ref}` : ''}`,
  ];
  if (release.evidence)
    lines.push(
      `- **Stored evidence:** ${code(release.evidence.image)} (gate report and predictions; the next gate's baseline)`,
    );
  if (release.source?.run_url) lines.push(`- **Run:** ${release.source.run_url}`);
  if (release.reason) lines.push(`- **Reason:** ${text(release.reason)}`);
  if (release.analysis)
    lines.push(
      `- **Analysis:** ${release.analysis.verdict} — ${text(release.analysis.reason)} (${release.analysis.measurements.length} measurement${release.analysis.measurements.length === 1 ? '' : 's'})`,
    );
  return `**Evidence** (release ${release.id}):\n\n${lines.join('\n')}\n${renderAnalysisCharts(release)}`;
}

/**
 * Each analysis query over its measurements beside its threshold (Mermaid; GitHub draws
 * it): the first line is the value, the second the threshold, and the axis starts at zero
 * (or below, for a negative value), so a breach cannot hide.
 */
export function renderAnalysisCharts(release: ReleaseRecord): string {
  const analysis = release.analysis;
  if (!analysis?.queries?.length || analysis.measurements.length === 0) return '';
  const charts = analysis.queries.map((query) => {
    const values = analysis.measurements.map((m) => m.values[query.name] ?? null);
    const known = values.filter((v): v is number => v !== null);
    const compared = query['max-regression'] !== undefined;
    // The second line: the threshold, or for a comparison what it was compared with.
    const reference = compared
      ? analysis.measurements.map((m) => m.baselines?.[query.name] ?? null)
      : analysis.measurements.map(() => query.max ?? query.min ?? null);
    const references = reference.filter((v): v is number => v !== null);
    if (known.length === 0 || references.length === 0) return '';
    const low = Math.min(0, ...references, ...known);
    const high = Math.max(...references, ...known) * 1.1 || 1;
    const round = (v: number) => +v.toPrecision(4);
    const name = query.name.replace(/"/g, "'");
    const label = compared
      ? `${name}: new image (red) vs old (grey), max-regression ${query['max-regression']}`
      : `${name}: value (red) vs ${query.max !== undefined ? 'max' : 'min'} ${query.max ?? query.min} (grey)`;
    return (
      // Mermaid's default first line is near white: the value is drawn red, the threshold grey.
      '```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#cf222e, #6e7781"}}}}%%\nxychart-beta\n' +
      `  title "${label}"\n` +
      `  x-axis [${values.map((_, i) => i + 1).join(', ')}]\n` +
      `  y-axis "${name}" ${round(low)} --> ${round(high)}\n` +
      // A missing value (no data) is drawn at the axis' floor and said below.
      `  line [${values.map((v) => round(v ?? low)).join(', ')}]\n` +
      `  line [${reference.map((v) => round(v ?? low)).join(', ')}]\n` +
      '```\n' +
      (known.length < values.length
        ? `_${values.length - known.length} measurement(s) of ${text(query.name)} had no data._\n`
        : '')
    );
  });
  const body = charts.filter(Boolean).join('\n');
  return body
    ? `\n**Analysis over its ${analysis.measurements.length} measurements:**\n\n${body}`
    : '';
}

/**
 * The metrics the gate judged (those its gates named), in the gates' order; a release
 * recorded without its gates shows its first few metrics.
 */
function gatedMetrics(release: ReleaseRecord): [string, number][] {
  const metrics = release.gate?.metrics ?? {};
  const gates = (release.gate?.gates as { gates?: { metric?: unknown }[] } | undefined)?.gates;
  const named = [
    ...new Set(
      (gates ?? []).map((g) => g.metric).filter((m): m is string => typeof m === 'string'),
    ),
  ];
  if (named.length === 0) return Object.entries(metrics).slice(0, 8);
  return named.filter((m) => metrics[m] !== undefined).map((m) => [m, metrics[m]]);
}

/** Newest first: release, image, status, gate, commit, when, note. */
export function renderHistory(history: ReleaseRecord[]): string {
  return table(
    ['release', 'image', 'status', 'gate', 'commit', 'created', 'note'],
    history.map((r) => [
      r.id,
      code(shortDigest(r.image) ?? r.image),
      STATUS_ICON[r.status] ?? r.status,
      gateOf(r),
      commitOf(r),
      r.created_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'),
      note(r),
    ]),
    '_no releases yet_',
  );
}

function gateOf(release: ReleaseRecord | undefined): string | undefined {
  return release?.gate?.ungated ? 'ungated' : release?.gate?.verdict;
}

function commitOf(release: ReleaseRecord | undefined): string | undefined {
  return release?.source?.sha?.slice(0, 7);
}

function note(release: ReleaseRecord): string {
  const parts: string[] = [];
  if (release.rollback_of) parts.push(`rollback of ${release.rollback_of}`);
  if (release.reason) parts.push(release.reason);
  else if (release.detail && release.status !== 'success') parts.push(release.detail);
  return text(parts.join(': ').slice(0, 200));
}
