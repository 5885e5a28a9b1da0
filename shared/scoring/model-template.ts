import type { Bilingual } from './common-schemas';
import type { ModelDefinition } from './model-schema';

export type TemplateId = 'seed' | 'rfm' | 'abc' | 'value-potential';

/** A model that ships with the app, to start a new model from. */
export interface ModelTemplate {
  id: TemplateId;
  name: Bilingual;
  description: Bilingual;
  definition: ModelDefinition;
}

/** Rating-scale bands: value v in [v, v+1) → v × 20 points (1 → 20 … 5 → 100). */
export const RATING_1_TO_5_BANDS = [
  { min: 1, max: 2, points: 20 },
  { min: 2, max: 3, points: 40 },
  { min: 3, max: 4, points: 60 },
  { min: 4, max: 5, points: 80 },
  { min: 5, points: 100 },
];
