/**
 * A release's evidence where the next gate can read it (SPEC §9): the gate report and
 * the candidate predictions it judged, pushed beside the image as one OCI artifact whose
 * `subject` is the image manifest, content-addressed, its digest in the release record.
 * A gate against `environment:<name>` fetches it by that digest, checks every digest on
 * the way, and pairs its rows with the live model's own predictions.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { fileDigest } from '../gate/subject.js';
import type { ReleaseRecord } from '../ledger/ledger.js';
import { openImageStore, type StoreAccess } from '../oci/image-store.js';
import { formatReference, parseImageReference } from '../oci/reference.js';
import type { ResolvedImage } from '../oci/resolve-image.js';
import { pushArtifact, readArtifact, type ArtifactFile } from '../oci/referrers.js';
import type { GateReport } from './evidence.js';

export const EVIDENCE_TYPE = 'application/vnd.modelgate.evidence.v1+json';
const REPORT_TYPE = 'application/vnd.modelgate.gate-report.v1+json';
const REPORT_TITLE = 'evaluate-gate.json';

/** The media type a predictions (or metrics) file is stored with, from its extension. */
function mediaTypeOf(path: string): string {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'text/csv';
  if (extension === '.tsv') return 'text/tab-separated-values';
  if (extension === '.jsonl' || extension === '.ndjson') return 'application/jsonl';
  return 'application/json';
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
}): Promise<{ digest: string; image: string; indexedBy: string }> {
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
  const actual = await fileDigest(path);
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
    return { ...pushed, image: `${formatReference(resolved.reference)}@${pushed.digest}` };
  } catch (error) {
    throw new Error(
      `cannot store the gate evidence beside ${resolved.image}: ${(error as Error).message}; deploy needs push access to the image's repository`,
    );
  }
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
): Promise<T | undefined> {
  const evidence = release.evidence;
  if (!evidence) return undefined;
  const reference = parseImageReference(evidence.image, 'baseline');
  const store = await openImageStore(reference, false, access);
  const { files } = await readArtifact(store, evidence.digest, EVIDENCE_TYPE);
  const predictions = files.find((f) => f.title !== REPORT_TITLE);
  if (!predictions) throw new Error(`evidence ${evidence.digest} holds no predictions`);
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-evidence-'));
  try {
    const path = join(dir, basename(predictions.title) || 'predictions.csv');
    await writeFile(path, predictions.bytes);
    const recorded = release.gate?.predictions_digest;
    const actual = await fileDigest(path);
    if (recorded && recorded !== actual)
      throw new Error(
        `evidence ${evidence.digest} holds predictions ${actual}, not the ${recorded} release ${release.id} recorded`,
      );
    return await load(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
