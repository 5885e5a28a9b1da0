import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText } from './fields';

export { PHONE_PATTERN } from './fields';

export const CUSTOMER_STATUSES = ['prospect', 'active', 'dormant', 'churned', 'archived'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const CustomerInputSchema = z.object({
  code: z.string().trim().min(1, 'required').max(64),
  name: z.string().trim().min(1, 'required').max(200),
  industry: optionalText(100),
  region: optionalText(100),
  city: optionalText(100),
  address: optionalText(300),
  contactName: optionalText(100),
  contactPhone: optionalPhone(40),
  contactEmail: optionalEmail(200),
  ownerRepId: z.string().uuid().nullish(),
  status: z.enum(CUSTOMER_STATUSES).default('active'),
  cooperationStart: isoDate.nullish(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  custom: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});
export type CustomerInput = z.input<typeof CustomerInputSchema>;
export type CustomerFields = z.output<typeof CustomerInputSchema>;

export interface Customer extends CustomerFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  ownerRepName: string | null;
  /** final tier of the latest rating run, if any */
  tier: string | null;
  score: number | null;
}

export const CUSTOMER_SORT_KEYS = ['code', 'name', 'city', 'region', 'status', 'ownerRepName', 'tier', 'score', 'cooperationStart', 'updatedAt'] as const;

export const CustomerListQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
  tiers: z.array(z.string().max(40)).optional(),
  statuses: z.array(z.enum(CUSTOMER_STATUSES)).optional(),
  ownerRepIds: z.array(z.string()).optional(),
  regions: z.array(z.string()).optional(),
  tag: z.string().max(40).optional(),
  includeArchived: z.boolean().default(false),
  sortBy: z.enum(CUSTOMER_SORT_KEYS).default('code'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type CustomerListQuery = z.input<typeof CustomerListQuerySchema>;

export interface CustomerPage {
  total: number;
  rows: Customer[];
}

export interface CustomerFacets {
  regions: string[];
  tags: string[];
  tiers: string[];
}
