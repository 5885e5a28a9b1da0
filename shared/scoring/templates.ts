import type { ModelTemplate } from './model-template';
import { ABC_TEMPLATE } from './template-abc';
import { RFM_TEMPLATE } from './template-rfm';
import { SEED_TEMPLATE } from './template-seed';
import { VALUE_POTENTIAL_TEMPLATE } from './template-value-potential';

/** The models that ship: seed scorecard, RFM, ABC / Pareto and value × potential. */
export const BUILT_IN_TEMPLATES: readonly ModelTemplate[] = [SEED_TEMPLATE, RFM_TEMPLATE, ABC_TEMPLATE, VALUE_POTENTIAL_TEMPLATE];

export function builtInTemplate(id: string): ModelTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
