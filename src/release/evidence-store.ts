/**
 * A release's evidence where the next gate can read it (SPEC §9): the gate report and
 * the candidate predictions it judged, pushed beside the image as one OCI artifact whose
 * `subject` is the image manifest, content-addressed, its digest in the release record.
 * A gate against `environment:<name>` fetches it by that digest, checks every digest on
 * the way, and pairs its rows with the live model's own predictions. Inside Actions a
 * copy (an OCI layout of just the artifact) is also saved in the Actions cache under its
 * digest, for a gate that cannot reach the registry (a fork's pull request); it is read
 * through the same checks.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { FolderCache } from '../core/actions-cache.js';
import { ConfigurationError } from '../core/errors.js';
import type { ReleaseRecord } from '../ledger/ledger.js';
import {
  layoutStore,
  openImageStore,
  type ImageStore,
  type StoreAccess,
} from '../oci/image-store.js';
import { formatReference, parseImageReference } from '../oci/reference.js';
import type { ResolvedImage } from '../oci/resolve-image.js';
import { pushArtifact, readArtifact, type ArtifactFile } from '../oci/referrers.js';
import { modelFromLabels } from '../build/labels.js';
import type { Logger } from '../core/logger.js';
import { checkGateSubject, type Evidence, type GateReport } from './evidence.js';
import { sha256Of } from '../core/digest.js';

export const EVIDENCE_TYPE = 'application/vnd.modelgate.evidence.v1+json';
export const REPORT_TYPE = 'application/vnd.modelgate.gate-report.v1+json';
export const REPORT_TITLE = 'evaluate-gate.json';

/** The media type a predictions (or metrics) file is stored with, from its extension. */
export function mediaTypeOf(path: string): string {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'text/csv';
  if (extension === '.tsv') return 'text/tab-separated-values';
  if (extension === '.jsonl' || extension === '.ndjson') return 'application/jsonl';
  return 'application/json';
}

/**
 * What deploy records of a release's evidence: the image's model (its digest checked
 * against the gate report's, SPEC §9), the gate (or `ungated`), and, unless `store` is
 * off (a dry run), the report and predictions stored beside the image first:
 * content-addressed, so a failed rollout leaves only an unreferenced artifact, and a
 * release is never recorded without its evidence.
 */
export async function releaseEvidence(options: {
  resolved: ResolvedImage;
  report?: GateReport;
  reportPath: string;
  modelDigest?: string;
  store: boolean;
  access: StoreAccess;
  cache?: FolderCache;
  log: Logger;
}): Promise<Omit<Evidence, 'source'>> {
  const { resolved, report, reportPath, log } = options;
  const { image } = resolved;
  const model = modelFromLabels(resolved.labels);
  const digest = report
    ? checkGateSubject(report, reportPath, model.digest, options.modelDigest, image)
    : model.digest || options.modelDigest;
  if (!report) log.warning(`deploying ${image} ungated (allow-ungated: true); recorded as such`);
  const stored =
    report && options.store ? await storeEvidence({ ...options, report, reportPath }) : undefined;
  if (stored) log.info(`evidence ${stored.digest} stored beside ${image} (${stored.indexedBy})`);
  if (stored?.cacheProblem) log.warning(stored.cacheProblem);
  return {
    model: { ...model, ...(digest ? { digest } : {}) },
    gate: report ? report.gate : { ungated: true },
    ...(stored ? { evidence: { digest: stored.digest, image: stored.image } } : {}),
  };
}

/**
 * Checks the predictions the report names are still the bytes it judged, then pushes the
 * report and them as an artifact about `subject` (the image manifest).
 */
export async function storeEvidence(options: {
  resolved: ResolvedImage;
  report: GateReport;
  reportPath: string;
  access: StoreAccess;
  cache?: FolderCache;
}): Promise<{ digest: string; image: string; indexedBy: string; cacheProblem?: string }> {
  const { report, reportPath, resolved } = options;
  const path = report.predictionsPath;
  const expected = report.gate.predictions_digest;
  if (!path || !expected)
    throw new ConfigurationError(
      'gate-report',
      'names no candidate predictions (subject.predictions): re-run evaluate-gate with this version of modelgate',
      reportPath,
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ConfigurationError(
      'gate-report',
      `names candidate predictions ${path}, which cannot be read here: deploy where the gate ran (same workspace)`,
      reportPath,
    );
  }
  // The digest of the very bytes that are pushed (one read).
  const actual = sha256Of(bytes);
  if (actual !== expected)
    throw new ConfigurationError(
      'gate-report',
      `judged predictions ${path} with digest ${expected}, but that file is now ${actual}`,
      reportPath,
    );
  const files: ArtifactFile[] = [
    { title: REPORT_TITLE, mediaType: REPORT_TYPE, bytes: report.bytes },
    { title: basename(path), mediaType: mediaTypeOf(path), bytes },
  ];
  try {
    const store = await openImageStore(resolved.reference, true, options.access);
    const pushed = await pushArtifact(store, {
      artifactType: EVIDENCE_TYPE,
      subject: resolved.descriptor,
      files,
      annotations: {
        ...(report.gate.model_digest
          ? { 'dev.modelgate.model.digest': report.gate.model_digest }
          : {}),
        'dev.modelgate.gate.verdict': report.gate.verdict ?? '',
      },
    });
    const image = `${formatReference(resolved.reference)}@${pushed.digest}`;
    const cacheProblem = options.cache
      ? await saveToCache(store, pushed.digest, options.cache)
      : undefined;
    return { ...pushed, image, ...(cacheProblem ? { cacheProblem } : {}) };
  } catch (error) {
    throw new Error(
      `cannot store the gate evidence beside ${resolved.image}: ${(error as Error).message}; deploy needs push access to the image's repository`,
    );
  }
}

/** Where a cached copy lives while it is saved or read (relative: the cache keys on it). */
const cacheDirOf = (digest: string) => join('.modelgate', 'evidence', digest.replace(':', '-'));
const cacheKeyOf = (digest: string) => `modelgate-evidence-${digest}`;

/** Copies the artifact into a one-artifact OCI layout and saves it; a problem is returned, not thrown. */
async function saveToCache(
  store: ImageStore,
  digest: string,
  cache: FolderCache,
): Promise<string | undefined> {
  const dir = cacheDirOf(digest);
  try {
    const copy = await layoutStore(dir, true);
    const manifest = await store.getManifest(digest);
    const { files } = await readArtifact(store, digest, EVIDENCE_TYPE);
    for (const bytes of [Buffer.from('{}'), ...files.map((f) => f.bytes)])
      await copy.putBlob({
        size: bytes.length,
        open: async function* () {
          yield bytes;
        },
      });
    await copy.putManifest(manifest, ['evidence']);
    await cache.save(dir, cacheKeyOf(digest));
    return undefined;
  } catch (error) {
    return `the Actions cache did not take a copy of the evidence (${(error as Error).message}); the registry's copy is the one of record`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The artifact's files from the registry, else from the Actions cache's copy. */
async function fetchArtifactFiles(
  evidence: { digest: string; image: string },
  access: StoreAccess,
  cache: FolderCache | undefined,
): Promise<ArtifactFile[]> {
  try {
    const store = await openImageStore(
      parseImageReference(evidence.image, 'baseline'),
      false,
      access,
    );
    return (await readArtifact(store, evidence.digest, EVIDENCE_TYPE)).files;
  } catch (error) {
    if (!cache) throw error;
    const dir = cacheDirOf(evidence.digest);
    try {
      if (!(await cache.restore(dir, cacheKeyOf(evidence.digest))))
        throw new Error(`${(error as Error).message}; the Actions cache has no copy either`);
      access.log?.info(
        `evidence ${evidence.digest}: the registry could not be read; using the Actions cache's copy`,
      );
      return (await readArtifact(await layoutStore(dir, false), evidence.digest, EVIDENCE_TYPE))
        .files;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** The gate report a release stored as evidence (undefined: it stored none). */
export async function releaseGateReport(
  release: ReleaseRecord,
  access: StoreAccess,
  cache?: FolderCache,
): Promise<unknown> {
  const evidence = release.evidence;
  if (!evidence) return undefined;
  const files = await fetchArtifactFiles(evidence, access, cache);
  const report = files.find((f) => f.title === REPORT_TITLE);
  if (!report) throw new Error(`evidence ${evidence.digest} holds no gate report`);
  return JSON.parse(report.bytes.toString('utf8'));
}

/**
 * Fetches a release's evidence and hands its predictions file to `load` (as a file in a
 * temporary folder, removed after). Undefined when the release stored none. Every
 * digest is checked: the artifact's, each blob's, and the predictions' against the one
 * the release's gate recorded.
 */
export async function withReleaseEvidence<T>(
  release: ReleaseRecord,
  access: StoreAccess,
  load: (predictionsPath: string) => Promise<T>,
  cache?: FolderCache,
): Promise<T | undefined> {
  const evidence = release.evidence;
  if (!evidence) return undefined;
  const files = await fetchArtifactFiles(evidence, access, cache);
  const predictions = files.find((f) => f.title !== REPORT_TITLE);
  if (!predictions) throw new Error(`evidence ${evidence.digest} holds no predictions`);
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-evidence-'));
  try {
    const path = join(dir, basename(predictions.title) || 'predictions.csv');
    await writeFile(path, predictions.bytes);
    const recorded = release.gate?.predictions_digest;
    const actual = sha256Of(predictions.bytes);
    if (recorded && recorded !== actual)
      throw new Error(
        `evidence ${evidence.digest} holds predictions ${actual}, not the ${recorded} release ${release.id} recorded`,
      );
    return await load(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
