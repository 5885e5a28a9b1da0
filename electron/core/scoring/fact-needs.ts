import type { ModelDefinition } from '../../../shared/scoring';
import { customFieldOf } from '../../../shared/scoring';

const ASSESSMENT_KEYS = new Set(['satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship']);

/** Which facts besides the order totals a model reads (its indicators and its guards). */
export interface FactNeeds {
  assessment: boolean;
  customFields: string[];
}

export const ALL_FACTS: FactNeeds = { assessment: true, customFields: ['*'] };

export function factNeeds(def: ModelDefinition): FactNeeds {
  const keys = [...def.indicators.map((i) => i.key), ...def.guards.map((g) => g.when.indicator)];
  const customFields = [...new Set(keys.map(customFieldOf).filter((f): f is string => f !== null))];
  return { assessment: keys.some((k) => ASSESSMENT_KEYS.has(k)), customFields };
}
