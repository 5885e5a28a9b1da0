import { CustomerInputSchema, type Customer, type CustomerInput } from '../../../shared/domain/customer';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { parseOrThrow } from '../validation';
import { findCustomerIdByCode, getCustomerRow } from './customer-queries';
import { toCustomerColumns } from './customer-rows';
import { readTerritoryRep } from '../sync/sync-role';

export function getCustomer(core: Core, id: string): Customer {
  const customer = getCustomerRow(core.store, id);
  if (!customer) throw notFound(id);
  return customer;
}

export function createCustomer(core: Core, input: CustomerInput): Customer {
  const fields = parseOrThrow(CustomerInputSchema, input);
  const territoryRep = readTerritoryRep(core);
  if (territoryRep && !fields.ownerRepId) fields.ownerRepId = territoryRep; // a rep's new customer is the rep's
  return core.store.tx(() => {
    assertCodeFree(core, fields.code, null);
    assertOwnTerritory(core, territoryRep, fields.ownerRepId ?? null);
    assertRepExists(core, fields.ownerRepId ?? null);
    const id = core.rows.insert('customers', { ...toCustomerColumns(fields), created_at: core.now().toISOString() });
    return getCustomer(core, id);
  });
}

export function updateCustomer(core: Core, id: string, input: CustomerInput): Customer {
  const fields = parseOrThrow(CustomerInputSchema, input);
  return core.store.tx(() => {
    const before = getCustomer(core, id);
    assertCodeFree(core, fields.code, id);
    if (fields.ownerRepId !== before.ownerRepId) assertOwnTerritory(core, readTerritoryRep(core), fields.ownerRepId ?? null);
    assertRepExists(core, fields.ownerRepId ?? null);
    core.rows.update('customers', id, toCustomerColumns(fields));
    return getCustomer(core, id);
  });
}

/** On a rep's install (it holds a territory), customers stay that rep's: the manager assigns customers. */
function assertOwnTerritory(core: Core, territoryRep: string | null, ownerRepId: string | null) {
  if (!territoryRep || ownerRepId === territoryRep) return;
  throw new AppError(
    'validation',
    { zh: '在业务员的电脑上，客户只能归本人负责；分配客户请由经理操作。', en: 'On a rep’s computer customers belong to that rep; the manager assigns customers.' },
    { fields: [{ path: 'ownerRepId', message: { zh: '只能是本人', en: 'Must be you' } }] },
  );
}

/** Archiving keeps the customer and its history but hides it from lists and ratings. */
export function setCustomerArchived(core: Core, id: string, archived: boolean): Customer {
  return core.store.tx(() => {
    const customer = getCustomer(core, id);
    const status = archived ? 'archived' : customer.status === 'archived' ? 'active' : customer.status;
    core.rows.update('customers', id, { status });
    return getCustomer(core, id);
  });
}

function assertCodeFree(core: Core, code: string, selfId: string | null) {
  const existing = findCustomerIdByCode(core.store, code);
  if (existing && existing !== selfId) {
    throw new AppError(
      'validation',
      { zh: `客户编号 ${code} 已存在`, en: `Customer code ${code} is already used` },
      { fields: [{ path: 'code', message: { zh: `客户编号 ${code} 已被其他客户使用`, en: `Code ${code} is already used by another customer` } }] },
    );
  }
}

function assertRepExists(core: Core, repId: string | null) {
  if (!repId) return;
  const rep = core.store.get(core.store.qb.selectFrom('reps').select('id').where('id', '=', repId).where('deleted', '=', 0));
  if (!rep) {
    throw new AppError(
      'validation',
      { zh: '所选负责人不存在', en: 'The chosen owner rep does not exist' },
      { fields: [{ path: 'ownerRepId', message: { zh: '负责人不存在', en: 'Unknown rep' } }] },
    );
  }
}

function notFound(id: string) {
  return new AppError('not_found', { zh: `找不到客户 ${id}`, en: `Customer ${id} not found` }, { id });
}
