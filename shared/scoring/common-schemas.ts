import { z } from 'zod';

/** A text shown to users, in both UI languages. */
export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof BilingualSchema>;

export type Lang = 'zh' | 'en';

/** `#RRGGBB` colour used by charts and tier badges. */
export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Colour must look like #1f9d55');

/** A tier or segment id: 'A', 'champions', 'high-value/high-potential'. */
export const TierIdSchema = z.string().trim().min(1).max(64);
export type TierId = string;
