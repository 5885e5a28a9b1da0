import type { Selectable } from 'kysely';
import type { Customer, CustomerFields } from '../../../shared/domain/customer';
import type { CustomersTable } from '../db/schema';

/** A customers row joined with its owner's name and current tier, as the list and detail queries select it. */
export type CustomerRow = Omit<Selectable<CustomersTable>, 'deleted'> & {
  owner_rep_name: string | null;
  tier: string | null;
  score: number | null;
};

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    industry: row.industry,
    region: row.region,
    city: row.city,
    address: row.address,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    ownerRepId: row.owner_rep_id,
    ownerRepName: row.owner_rep_name,
    status: row.status as Customer['status'],
    cooperationStart: row.cooperation_start,
    tags: JSON.parse(row.tags) as string[],
    custom: JSON.parse(row.custom) as Customer['custom'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tier: row.tier,
    score: row.score,
  };
}

/** The stored columns for a validated customer form. */
export function toCustomerColumns(fields: CustomerFields) {
  return {
    code: fields.code,
    name: fields.name,
    industry: fields.industry ?? null,
    region: fields.region ?? null,
    city: fields.city ?? null,
    address: fields.address ?? null,
    contact_name: fields.contactName ?? null,
    contact_phone: fields.contactPhone ?? null,
    contact_email: fields.contactEmail ?? null,
    owner_rep_id: fields.ownerRepId ?? null,
    status: fields.status,
    cooperation_start: fields.cooperationStart ?? null,
    tags: JSON.stringify(fields.tags),
    custom: JSON.stringify(fields.custom),
  };
}
