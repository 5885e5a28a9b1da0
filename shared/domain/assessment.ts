import { z } from 'zod';
import { RELATIONSHIPS, type Relationship } from '../import/enums';

export { RELATIONSHIPS, type Relationship };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const score = (min: number, max: number) => z.number().int().min(min).max(max).nullish();
const text = (max: number) =>
  z.string().trim().max(max).transform((s) => (s === '' ? null : s)).nullish();

/** The values of an assessment: a questionnaire (satisfaction, recommend, referrals) and/or an expert rating (influence, potential, relationship). */
export const ASSESSMENT_VALUES = ['satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship'] as const;
export type AssessmentValueKey = (typeof ASSESSMENT_VALUES)[number];

export const AssessmentInputSchema = z
  .object({
    customerId: z.string().min(1),
    date: isoDate,
    satisfaction: score(1, 5),
    recommend: score(0, 10),
    referrals: z.number().int().min(0).max(100_000).nullish(),
    influence: score(1, 5),
    potential: score(1, 5),
    relationship: z.enum(RELATIONSHIPS).nullish(),
    assessor: text(100),
    note: text(2000),
  })
  .refine((a) => ASSESSMENT_VALUES.some((key) => a[key] != null), { message: 'assessment_empty', path: ['satisfaction'] });
export type AssessmentInput = z.input<typeof AssessmentInputSchema>;
export type AssessmentFields = z.output<typeof AssessmentInputSchema>;

export interface Assessment {
  id: string;
  customerId: string;
  date: string;
  satisfaction: number | null;
  recommend: number | null;
  referrals: number | null;
  influence: number | null;
  potential: number | null;
  relationship: Relationship | null;
  assessor: string | null;
  note: string | null;
  createdAt: string;
}
