/**
 * The sync pack body as pure data, with a zod schema and JSON encode/decode.
 * Compression, checksum and encryption wrap this body in the Node layer (electron/core/sync).
 */
import { z } from 'zod';
import type { Change } from './cells';
import { isDeviceId } from './device';
import { fail, ok, type Result } from './errors';
import { compareHlc, hlcDevice, isHlc } from './hlc';
import { nestedDeeperThan } from './json';
import type { VersionVector } from './vector';

export const PACK_FORMAT = 'tierdesk-sync-pack';
/** 2: territory packs (scope, orders and results snapshots, ack); version 1 packs are still read. */
export const PACK_VERSION = 2;

export type PackRole = 'manager' | 'rep';

export interface Pack {
  format: typeof PACK_FORMAT;
  version: 1 | typeof PACK_VERSION;
  /** Device that made the pack. */
  from: string;
  /** Intended receiver, or null for "any peer". */
  to?: string | null;
  role: PackRole;
  /** A fresh tick of the sender's clock when the pack was made (also its replay guard). */
  createdHlc: string;
  changes: Change[];
  /** Everything the sender has seen (over its whole change log), so the receiver can send less next time. */
  vector: VersionVector;
  /** What the pack covers: the whole book, or one rep's territory (its customers listed: the receiver drops the others). */
  scope?: PackScope;
  /** The complete orders of the listed customers (a manager's pack only): they replace what the receiver holds for them. */
  orders?: OrdersSnapshot;
  /** Rating results of every run for the pack's customers (a manager's pack only), as packed result blocks. */
  results?: ResultsSnapshot;
  /** createdHlc of the newest pack from the receiver that the sender imported (so the receiver knows what arrived). */
  ack?: string | null;
}

export type PackScope = { kind: 'book' } | { kind: 'territory'; repId: string; customers: string[] };

/** Orders as columns (one entry per order in each array); `customer` indexes `customers`. */
export interface OrdersSnapshot {
  customers: string[];
  customer: number[];
  source: string[];
  externalNo: string[];
  date: string[];
  kind: ('sale' | 'return')[];
  amount: number[];
  cost: (number | null)[];
  quantity: (number | null)[];
  category: (string | null)[];
  lineCount: number[];
}

/** Per rating run, its result blocks for the pack's customers (base64 of electron/core/scoring/result-block.ts). */
export interface ResultsSnapshot {
  runs: { runId: string; blocks: string[] }[];
}

const IDENT_RE = /^[a-z_][a-z0-9_]{0,62}$/;
const deviceIdSchema = z.string().refine(isDeviceId, 'expected a device id (16 lowercase hex characters)');
const hlcSchema = z.string().refine(isHlc, 'expected an HLC timestamp');

export const changeSchema = z.object({
  table: z.string().regex(IDENT_RE, 'expected a table name'),
  rowId: z.string().min(1).max(200),
  column: z.string().regex(IDENT_RE, 'expected a column name'),
  value: z.json(),
  hlc: hlcSchema,
});

const rowIdSchema = z.string().min(1).max(200);
const ORDER_COLUMNS = ['customer', 'source', 'externalNo', 'date', 'kind', 'amount', 'cost', 'quantity', 'category', 'lineCount'] as const;
const minorUnits = z.number().int().min(-1e15).max(1e15);

export const ordersSnapshotSchema = z
  .object({
    customers: z.array(rowIdSchema),
    customer: z.array(z.number().int().min(0)),
    source: z.array(z.string().min(1).max(100)),
    externalNo: z.array(z.string().min(1).max(200)),
    date: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')),
    kind: z.array(z.enum(['sale', 'return'])),
    amount: z.array(minorUnits),
    cost: z.array(minorUnits.nullable()),
    quantity: z.array(z.number().finite().nullable()),
    category: z.array(z.string().max(200).nullable()),
    lineCount: z.array(z.number().int().min(0)),
  })
  .refine((o) => ORDER_COLUMNS.every((c) => o[c].length === o.customer.length), { message: 'every order column must have one entry per order' })
  .refine((o) => o.customer.every((i) => i < o.customers.length), { message: 'an order names a customer outside the list', path: ['customer'] });

export const resultsSnapshotSchema = z.object({
  runs: z.array(z.object({ runId: rowIdSchema, blocks: z.array(z.string().max(64 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')) })),
});

export const packScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('book') }),
  z.object({ kind: z.literal('territory'), repId: rowIdSchema, customers: z.array(rowIdSchema) }),
]);

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.union([z.literal(1), z.literal(PACK_VERSION)]),
    from: deviceIdSchema,
    to: deviceIdSchema.nullable().optional(),
    role: z.enum(['manager', 'rep']),
    createdHlc: hlcSchema,
    changes: z.array(changeSchema),
    vector: z.record(deviceIdSchema, hlcSchema),
    scope: packScopeSchema.optional(),
    orders: ordersSnapshotSchema.optional(),
    results: resultsSnapshotSchema.optional(),
    ack: hlcSchema.nullable().optional(),
  })
  .refine((p) => hlcDevice(p.createdHlc) === p.from, {
    message: 'createdHlc must come from the sending device',
    path: ['createdHlc'],
  })
  .refine((p) => Object.entries(p.vector).every(([device, hlc]) => hlcDevice(hlc) === device), {
    message: 'each vector entry must be an HLC of its own device',
    path: ['vector'],
  });

export function createPack(fields: Omit<Pack, 'format' | 'version'>): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, ...fields };
}

export function encodePackBody(pack: Pack): string {
  return JSON.stringify(pack);
}

/** How deep a pack's JSON may nest (a pack is 3 levels deep, a custom-fields value a few more). */
export const MAX_PACK_NESTING = 64;

export function decodePackBody(text: string): Result<Pack> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PACK_FORMAT) {
    return fail('pack_format', '这不是 TierDesk 同步包。', 'This is not a TierDesk sync pack.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_VERSION) {
    return fail(
      'pack_version',
      `此同步包由更新版本的 TierDesk 生成（格式 v${version}），请先升级 TierDesk 再导入。`,
      `This pack was made by a newer TierDesk (format v${version}); update TierDesk to import it.`,
      { version, supported: PACK_VERSION },
    );
  }
  // a value nested thousands deep would overflow the stack of the recursive validation below
  if (nestedDeeperThan(data, MAX_PACK_NESTING)) {
    return fail(
      'pack_malformed',
      `同步包已损坏：数据嵌套超过 ${MAX_PACK_NESTING} 层。`,
      `The sync pack is damaged: its data is nested more than ${MAX_PACK_NESTING} levels deep.`,
      { maxDepth: MAX_PACK_NESTING },
    );
  }
  const parsed = packSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data as Pack);
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String);
  if (path[0] === 'changes' && path.length > 1) {
    const index = Number(path[1]);
    const field = path[2] ?? '';
    return fail(
      'pack_malformed',
      `同步包已损坏：第 ${index + 1} 条变更（索引 ${index}）${field ? `的字段 ${field} ` : ''}无效。`,
      `The sync pack is damaged: change #${index + 1} (index ${index}) is malformed${field ? ` in field "${field}"` : ''}: ${issue.message}.`,
      { index, field, issue: issue.message },
    );
  }
  const where = path.join('.') || '(root)';
  return fail(
    'pack_malformed',
    `同步包已损坏：字段 ${where} 无效。`,
    `The sync pack is damaged: field "${where}" is invalid: ${issue.message}.`,
    { field: where, issue: issue.message },
  );
}

export interface PackCheckContext {
  /** This install's device id. */
  deviceId: string;
  /** createdHlc of the last pack imported from `pack.from` (from sync_peers), if any. */
  lastImportedHlc?: string | null;
}

/** Refuses a pack addressed to another install, made by this install, or already imported (replay). */
export function checkPackFor(pack: Pack, ctx: PackCheckContext): Result<Pack> {
  if (pack.from === ctx.deviceId) {
    return fail('pack_own', '这是本机导出的同步包，无需导入。', 'This pack was exported by this computer; there is nothing to import.', {
      from: pack.from,
    });
  }
  if (pack.to != null && pack.to !== ctx.deviceId) {
    return fail(
      'pack_foreign',
      `此同步包是发给另一台设备（${pack.to}）的，不能在本机导入。`,
      `This pack is addressed to another device (${pack.to}) and cannot be imported here.`,
      { to: pack.to, deviceId: ctx.deviceId },
    );
  }
  if (ctx.lastImportedHlc != null && compareHlc(pack.createdHlc, ctx.lastImportedHlc) <= 0) {
    return fail(
      'pack_replayed',
      '此同步包（或更新的同步包）已经导入过，未做任何更改。',
      'This pack (or a newer one from the same device) was already imported; nothing was changed.',
      { createdHlc: pack.createdHlc, lastImportedHlc: ctx.lastImportedHlc },
    );
  }
  return ok(pack);
}
