/** The labels and annotations every modelgate image carries (SPEC §4). */
import { basename } from 'node:path';
import { ConfigurationError } from '../core/errors.js';

export interface ImageProvenance {
  /** `https://github.com/owner/repo`, when known. */
  source?: string;
  revision?: string;
  /** Seconds since the epoch: SOURCE_DATE_EPOCH or the commit time. */
  created: number;
  title: string;
  modelDigest: string;
  modelFormat: string;
  modelPath: string;
  /** The model's signature JSON (from a validate-model report). */
  signature?: string;
}

/** RFC 3339 for an epoch time in seconds. */
export function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

export const MODEL_DIGEST_LABEL = 'dev.modelgate.model.digest';
const MODEL_FORMAT_LABEL = 'dev.modelgate.model.format';

/** The model an image carries, from the labels imageLabels wrote (what deploy records). */
export function modelFromLabels(labels: Record<string, string>): {
  digest?: string;
  format?: string;
} {
  const digest = labels[MODEL_DIGEST_LABEL];
  const format = labels[MODEL_FORMAT_LABEL];
  return { ...(digest ? { digest } : {}), ...(format ? { format } : {}) };
}

/** Standard labels, then the user's (which may not override the model's identity). */
export function imageLabels(
  provenance: ImageProvenance,
  extra: Record<string, string>,
): Record<string, string> {
  const labels: Record<string, string> = { ...extra };
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') labels[key] = value;
  };
  set('org.opencontainers.image.source', provenance.source);
  set('org.opencontainers.image.revision', provenance.revision);
  set('org.opencontainers.image.created', rfc3339(provenance.created));
  set('org.opencontainers.image.title', provenance.title);
  set(MODEL_DIGEST_LABEL, provenance.modelDigest);
  set(MODEL_FORMAT_LABEL, provenance.modelFormat);
  set('dev.modelgate.model.path', provenance.modelPath);
  set('dev.modelgate.model.signature', provenance.signature);
  return Object.fromEntries(
    Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The `labels` input: `key=value` lines. */
export function parseLabelLines(entries: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ConfigurationError('labels', 'each line must be key=value', entry);
    labels[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return labels;
}

/** The image title: the model file or directory name. */
export function modelTitle(model: string): string {
  return basename(model.replace(/\/+$/, '')) || 'model';
}
