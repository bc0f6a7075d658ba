import stored from '../../assets/models/stance-model.json';
import { StanceModel, type StoredStanceModel } from './stance-model';

let model: StanceModel | null = null;

/**
 * The stance model the build bundles, decoded on first use, then kept. Decoding took 250 ms in Node on a slow
 * day of this 2-core machine (2026-12-07), so the background asks for it only when an
 * analysis first weighs a related article's stance (ArchiveService's `stance`).
 */
export function shippedStanceModel(): StanceModel {
  return (model ??= new StanceModel(stored as unknown as StoredStanceModel));
}
