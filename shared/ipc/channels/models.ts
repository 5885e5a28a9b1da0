import { z } from 'zod';
import type { Bilingual, ModelDefinition, ModelIssue, ParetoFigures, TemplateId, TierInfo } from '../../scoring';
import { channel } from '../define';
import { RatingSegmentSchema } from './ratings';

const id = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TEMPLATE_IDS = ['seed', 'rfm', 'abc', 'value-potential'] as const;

export interface ModelVersionInfo {
  id: string;
  modelId: string;
  version: number;
  status: 'draft' | 'published';
  definition: ModelDefinition;
  publishedAt: string | null;
  publishedBy: string | null;
  createdAt: string;
}

export interface ModelInfo {
  id: string;
  name: string;
  description: string | null;
  /** the built-in template it was made from (seeded built-ins keep their template id) */
  template: TemplateId | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  /** newest first */
  versions: ModelVersionInfo[];
  /** the newest published version id, null until published */
  publishedVersionId: string | null;
  /** the open draft's id, null when there is none */
  draftVersionId: string | null;
}

export interface TemplateInfo {
  id: TemplateId;
  name: Bilingual;
  description: Bilingual;
  definition: ModelDefinition;
}

export interface ModelPreview {
  customers: number;
  tiers: TierInfo[];
  /** final tiers per tier id, in tier order */
  tierCounts: Record<string, number>;
  incomplete: number;
  /** Pareto figures of the window revenue of the customers scored */
  pareto: ParetoFigures;
  ms: number;
}


/** A definition as the editor holds it; checked by validateModel (bilingual issues), not by the contract. */
const definition = z.unknown();

export const modelChannels = {
  'models.templates': channel<TemplateInfo[]>('read')(z.object({})),
  'models.list': channel<ModelInfo[]>('read')(z.object({ includeArchived: z.boolean().default(false) })),
  'models.get': channel<ModelInfo>('read')(z.object({ id })),
  /** from a template, from an existing version, or blank (a minimal revenue scorecard) */
  'models.create': channel<ModelInfo>('write')(
    z.object({
      name: z.string().trim().min(1).max(100),
      description: z.string().max(2000).nullable().optional(),
      template: z.enum(TEMPLATE_IDS).optional(),
      fromVersionId: id.optional(),
    }),
  ),
  /** writes the open draft (made from the newest version when there is none); refuses an invalid definition */
  'models.saveDraft': channel<ModelInfo>('write')(
    z.object({
      id,
      definition,
      name: z.string().trim().min(1).max(100).optional(),
      description: z.string().max(2000).nullable().optional(),
    }),
  ),
  'models.validate': channel<{ ok: boolean; issues: ModelIssue[]; definition: ModelDefinition | null }>('read')(z.object({ definition })),
  /** the open draft becomes an immutable published version */
  'models.publish': channel<ModelInfo>('write')(z.object({ id })),
  'models.clone': channel<ModelInfo>('write')(z.object({ id, name: z.string().trim().min(1).max(100) })),
  'models.archive': channel<ModelInfo>('write')(z.object({ id, archived: z.boolean().default(true) })),
  /** scores the book with an unsaved definition; nothing is written */
  'models.preview': channel<ModelPreview>('read')(
    z.object({ definition, asOf: date.optional(), segment: RatingSegmentSchema.nullable().optional() }),
  ),
};
