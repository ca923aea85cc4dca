/**
 * joblib writes NumPy arrays into the pickle stream itself, right after the BUILD of a
 * NumpyArrayWrapper (joblib/numpy_pickle.py): raw bytes for plain dtypes, a nested
 * pickle for object arrays. This sizes them from the wrapper's state.
 */
import { classifyDescr, itemSize } from '../numpy-dtype.js';
import { CallResult, GlobalRef, Mapping, NONE, Sequence } from './values.js';

export interface JoblibArraySize {
  objects: boolean;
  aligned: boolean;
  bytes?: number;
  /** The dtype could not be read as NumPy reads it: the stream cannot be followed. */
  unknownDtype?: string;
}

/** When `instance` is a joblib NumpyArrayWrapper with its state, the inline array's extent. */
export function joblibArraySize(instance: CallResult): JoblibArraySize | undefined {
  let cls = instance.callable;
  if (
    cls instanceof GlobalRef &&
    cls.fullName === 'copyreg._reconstructor' &&
    instance.args instanceof Sequence
  ) {
    cls = instance.args.items[0];
  }
  if (
    !(cls instanceof GlobalRef) ||
    cls.name !== 'NumpyArrayWrapper' ||
    !cls.module.endsWith('numpy_pickle')
  ) {
    return undefined;
  }
  const state = instance.state;
  if (!(state instanceof Mapping)) return undefined;
  const dtype = state.get('dtype');
  const shape = state.get('shape');
  const descr =
    dtype instanceof CallResult && dtype.args instanceof Sequence ? dtype.args.items[0] : undefined;
  const alignment = state.get('numpy_array_alignment_bytes');
  const aligned = alignment !== undefined && alignment !== NONE;
  if (typeof descr !== 'string')
    return { objects: false, aligned, unknownDtype: 'a dtype that is not a plain string' };
  const kind = classifyDescr(descr);
  if (kind === 'objects') return { objects: true, aligned: false };
  if (kind === 'unknown') return { objects: false, aligned, unknownDtype: descr };
  const item = itemSize(descr);
  let count = 1;
  if (shape instanceof Sequence) {
    for (const dim of shape.items) {
      if (typeof dim !== 'number' || dim < 0) return { objects: false, aligned };
      count *= dim;
    }
  } else return { objects: false, aligned };
  return { objects: false, aligned, bytes: item === undefined ? undefined : item * count };
}
