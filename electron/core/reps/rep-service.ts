import type { Selectable } from 'kysely';
import { RepInputSchema, type Rep, type RepFields, type RepInput } from '../../../shared/domain/rep';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import type { RepsTable } from '../db/schema';
import { parseOrThrow } from '../validation';

type RepRow = Omit<Selectable<RepsTable>, 'deleted' | 'created_at'> & { customer_count: number };

function toRep(row: RepRow): Rep {
  const workingDays = JSON.parse(row.working_days) as number[];
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    email: row.email,
    phone: row.phone,
    visitsPerDay: row.visits_per_day,
    workingDays,
    active: row.active === 1,
    weeklyCapacity: row.visits_per_day * workingDays.length,
    customerCount: row.customer_count,
    updatedAt: row.updated_at,
  };
}

function toRepColumns(fields: RepFields) {
  return {
    name: fields.name,
    region: fields.region ?? null,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    visits_per_day: fields.visitsPerDay,
    working_days: JSON.stringify([...new Set(fields.workingDays)].sort()),
    active: fields.active ? 1 : 0,
  };
}

const REP_SELECT = `
  SELECT r.id, r.name, r.region, r.email, r.phone, r.visits_per_day, r.working_days, r.active, r.updated_at,
         (SELECT count(*) FROM customers c WHERE c.owner_rep_id = r.id AND c.deleted = 0 AND c.status != 'archived') AS customer_count
  FROM reps r WHERE r.deleted = 0`;

export function listReps(core: Core): Rep[] {
  const rows = core.store.sqlite.prepare(`${REP_SELECT} ORDER BY r.name, r.id`).all() as RepRow[];
  return rows.map(toRep);
}

export function getRep(core: Core, id: string): Rep {
  const row = core.store.sqlite.prepare(`${REP_SELECT} AND r.id = ?`).get(id) as RepRow | undefined;
  if (!row) throw new AppError('not_found', { zh: `找不到业务员 ${id}`, en: `Rep ${id} not found` }, { id });
  return toRep(row);
}

export function createRep(core: Core, input: RepInput): Rep {
  const fields = parseOrThrow(RepInputSchema, input);
  return core.store.tx(() => {
    const id = core.rows.insert('reps', { ...toRepColumns(fields), created_at: core.now().toISOString() });
    return getRep(core, id);
  });
}

export function updateRep(core: Core, id: string, input: RepInput): Rep {
  const fields = parseOrThrow(RepInputSchema, input);
  return core.store.tx(() => {
    getRep(core, id);
    core.rows.update('reps', id, toRepColumns(fields));
    return getRep(core, id);
  });
}
