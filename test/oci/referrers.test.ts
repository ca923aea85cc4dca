/**
 * OCI 1.1 referrers, as deploy stores a release's evidence: through the referrers API
 * where the registry has it (a test double that follows the distribution spec, in front
 * of docker-registry), through the `sha256-<hex>` tag fallback where it does not
 * (docker-registry 2.8 itself), and inside an OCI image layout. skopeo, which no one
 * here wrote, reads what the fallback wrote.
 */
import { execFileSync } from 'node:child_process';
import { openImageStore, type ImageStore } from '../../src/oci/image-store.js';
import { MediaType } from '../../src/oci/media-types.js';
import { parseImageReference } from '../../src/oci/reference.js';
import {
  listReferrers,
  pushArtifact,
  readArtifact,
  referrersTag,
  type ArtifactFile,
} from '../../src/oci/referrers.js';
import { pushModelImages, type PushedImage } from '../support/model-images.js';
import { skopeo } from '../support/oci-tools.js';
import { startReferrersRegistry, type ReferrersRegistry } from '../support/referrers-registry.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const env = { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', SOURCE_DATE_EPOCH: '1' };
const TYPE = 'application/vnd.example.evidence.v1+json';
const dir = useTempDir('modelgate-referrers-');
let registry: LocalRegistry;
let withApi: ReferrersRegistry;
let image: PushedImage;

beforeAll(async () => {
  registry = await startRegistry();
  withApi = await startReferrersRegistry(registry.host);
  ({ v1: image } = await pushModelImages(registry.host, dir(), ['v1'], env));
}, 60_000);
afterAll(async () => {
  await withApi.stop();
  await registry.stop();
});

const access = { credentials: async () => undefined, insecureRegistries: [] };
const open = (ref: string) => openImageStore(parseImageReference(ref, 'image'), true, access);
const files = (text: string): ArtifactFile[] => [
  { title: 'report.json', mediaType: 'application/json', bytes: Buffer.from(`{"r":"${text}"}`) },
  { title: 'predictions.csv', mediaType: 'text/csv', bytes: Buffer.from(`id,label\n1,${text}\n`) },
];
async function subjectOf(store: ImageStore, reference = image.digest) {
  const manifest = await store.getManifest(reference);
  return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}

test('without the referrers API: the sha256-<hex> tag holds an index of them, as skopeo reads it', async () => {
  const store = await open(`${registry.host}/acme/churn`);
  const subject = await subjectOf(store);
  const first = await pushArtifact(store, {
    artifactType: TYPE,
    subject,
    files: files('a'),
    annotations: { 'dev.example.n': '1' },
  });
  expect(first.indexedBy).toBe('tag fallback');
  const second = await pushArtifact(store, { artifactType: TYPE, subject, files: files('b') });
  // Pushing the same artifact again adds no duplicate entry.
  await pushArtifact(store, { artifactType: TYPE, subject, files: files('b') });
  const raw = JSON.parse(
    skopeo([
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/churn:${referrersTag(image.digest)}`,
    ]),
  );
  expect(raw.mediaType).toBe(MediaType.ociIndex);
  expect(raw.manifests).toEqual([
    expect.objectContaining({
      digest: first.digest,
      artifactType: TYPE,
      mediaType: MediaType.ociManifest,
      annotations: { 'dev.example.n': '1' },
    }),
    expect.objectContaining({ digest: second.digest, artifactType: TYPE }),
  ]);
  // The artifact itself, as skopeo sees it: its subject is the image.
  const manifest = JSON.parse(
    skopeo([
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/churn@${first.digest}`,
    ]),
  );
  expect(manifest.subject).toEqual(subject);
  expect(manifest.artifactType).toBe(TYPE);
  expect(manifest.config.mediaType).toBe('application/vnd.oci.empty.v1+json');

  expect((await listReferrers(store, image.digest, TYPE)).map((d) => d.digest)).toEqual([
    first.digest,
    second.digest,
  ]);
  const read = await readArtifact(store, first.digest, TYPE);
  expect(read.files.map((f) => [f.title, f.bytes.toString()])).toEqual(
    files('a').map((f) => [f.title, f.bytes.toString()]),
  );
  await expect(readArtifact(store, first.digest, 'application/other')).rejects.toThrow(
    `is a ${TYPE}, not a application/other`,
  );
});

test('with the referrers API: the registry indexes it and no fallback tag is written', async () => {
  const store = await open(`${withApi.host}/acme/churn`);
  const subject = await subjectOf(store);
  const pushed = await pushArtifact(store, { artifactType: TYPE, subject, files: files('c') });
  expect(pushed.indexedBy).toBe('referrers API');
  const listed = await listReferrers(store, image.digest, TYPE);
  expect(listed.map((d) => d.digest)).toContain(pushed.digest);
  expect(withApi.log).toContain(`GET /v2/acme/churn/referrers/${image.digest}`);
  // The tag the fallback would write was not touched by this push.
  const tagged = JSON.parse(
    skopeo([
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/churn:${referrersTag(image.digest)}`,
    ]),
  ) as { manifests: { digest: string }[] };
  expect(tagged.manifests.map((m) => m.digest)).not.toContain(pushed.digest);
});

test('a fallback tag that is not an index is an error, never overwritten', async () => {
  const { v2, v3 } = await pushModelImages(registry.host, dir(), ['v2', 'v3'], env);
  const store = await open(`${registry.host}/acme/churn`);
  // An image manifest where the tag schema keeps v3's referrers index.
  await store.putManifest(await store.getManifest(v2.digest), [referrersTag(v3.digest)]);
  const manifest = await store.getManifest(v3.digest);
  const subject = { mediaType: manifest.mediaType, digest: v3.digest, size: manifest.bytes.length };
  await expect(
    pushArtifact(store, { artifactType: TYPE, subject, files: files('d') }),
  ).rejects.toThrow('not the referrers index the tag schema keeps there');
  expect((await store.getManifest(referrersTag(v3.digest))).digest).toBe(v2.digest);
});

test('inside an OCI image layout, by the same tag schema', async () => {
  const layout = `${dir()}/layout`;
  execFileSync('skopeo', [
    'copy',
    '--src-tls-verify=false',
    `docker://${image.image}`,
    `oci:${layout}:v1`,
  ]);
  const store = await open(`oci:${layout}`);
  // skopeo may re-serialise the manifest on copy: the layout's own digest is the subject.
  const subject = await subjectOf(store, 'v1');
  const pushed = await pushArtifact(store, { artifactType: TYPE, subject, files: files('e') });
  expect(pushed.indexedBy).toBe('tag fallback');
  expect((await listReferrers(store, subject.digest)).map((d) => d.digest)).toEqual([
    pushed.digest,
  ]);
  expect((await readArtifact(store, pushed.digest, TYPE)).files[1].bytes.toString()).toBe(
    'id,label\n1,e\n',
  );
  // skopeo still reads the layout's image by its tag, and the index the tag names.
  const inspected = JSON.parse(skopeo(['inspect', '--raw', `oci:${layout}:v1`]));
  expect(inspected.layers.length).toBeGreaterThan(0);
  const index = JSON.parse(
    skopeo(['inspect', '--raw', `oci:${layout}:${referrersTag(subject.digest)}`]),
  );
  expect(index.manifests).toEqual([expect.objectContaining({ digest: pushed.digest })]);
});
