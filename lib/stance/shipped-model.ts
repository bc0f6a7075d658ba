import stored from '../../assets/models/stance-model.json';
import { StanceModel, type StoredStanceModel } from './stance-model';

let model: StanceModel | null = null;

/** The stance model the build bundles, decoded on first use (about 20 ms), then kept. */
export function shippedStanceModel(): StanceModel {
  return (model ??= new StanceModel(stored as unknown as StoredStanceModel));
}
