/** The build-image job summary: verdict, then what was pushed and what it cost. */
import { code, details, table, verdict } from '../core/summary.js';
import { formatBytes } from '../core/size.js';
import type { BuildImageResult } from './build-image.js';

export function renderBuildSummary(result: BuildImageResult, builder: string): string {
  const uploaded =
    result.bytesUploaded === 0
      ? '0 B (everything was already there)'
      : formatBytes(result.bytesUploaded);
  let md = verdict(true, `Image pushed: ${result.image.split('@')[0]}:${result.tags[0] ?? ''}`);
  md +=
    '\n' +
    table(
      ['', ''],
      [
        ['Image', code(result.image)],
        ['Tags', result.tags.map(code).join(' ')],
        ['Builder', builder],
        ['Platforms', result.platforms.join(', ')],
        ['Model digest', code(result.modelDigest)],
        ['Model format', result.modelFormat],
        ...(result.layerDigest
          ? [['Model layer', `${code(result.layerDigest)} (${formatBytes(result.layerSize)})`]]
          : []),
        ['Uploaded', uploaded],
      ],
    );
  md +=
    '\n' +
    details(
      'Labels and annotations',
      table(
        ['key', 'value'],
        Object.entries(result.labels).map(([k, v]) => [code(k), v]),
      ),
    );
  return md;
}
