import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText } from './fields';

export const RepInputSchema = z.object({
  name: z.string().trim().min(1, 'required').max(100),
  region: optionalText(100),
  email: optionalEmail(200),
  phone: optionalPhone(40),
  visitsPerDay: z.number().int().min(0).max(20).default(4),
  /** ISO weekdays the rep works: 1 = Monday … 7 = Sunday */
  workingDays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  active: z.boolean().default(true),
});
export type RepInput = z.input<typeof RepInputSchema>;
export type RepFields = z.output<typeof RepInputSchema>;

export interface Rep extends RepFields {
  id: string;
  /** visits per week = visits per day × working days */
  weeklyCapacity: number;
  customerCount: number;
  updatedAt: string;
}
