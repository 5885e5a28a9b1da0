import { z } from 'zod';
import { isDeviceId } from '../../sync/device';
import { channel } from '../define';

export type SyncRole = 'manager' | 'rep';

export interface SyncPeer {
  deviceId: string;
  name: string;
  role: SyncRole;
  /** for a rep peer: the rep record it is (its territory is that rep's customers) */
  repId: string | null;
  repName: string | null;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
  /** changes this install has logged that the peer has not confirmed yet (what the next pack would hold) */
  pending: number;
  createdAt: string;
}

export interface SyncStatus {
  deviceId: string;
  role: SyncRole;
  /** this install refuses unencrypted packs */
  encryptedOnly: boolean;
  /** on a rep's install: the rep whose territory it holds (from the manager's pack) */
  territoryRepId: string | null;
  territoryRepName: string | null;
  /** entries in this install's change log */
  changes: number;
  peers: SyncPeer[];
}

export interface ExportPackResult {
  file: string;
  /** the folder exports are written to (browser mode downloads from it) */
  exportsDir: string;
  changes: number;
  bytes: number;
  encrypted: boolean;
  /** customers whose orders and ratings the pack carries */
  customers: number;
  orders: number;
}

export interface TableCounts {
  inserted: number;
  updated: number;
  deleted: number;
}

export interface ImportPackSummary {
  /** device id of the sender */
  from: string;
  role: SyncRole;
  /** changes that took their cell */
  applied: number;
  /** changes already known or older than what this book holds */
  ignored: number;
  /** conflicts resolved by this import (newly recorded in the conflict log) */
  conflicts: number;
  tables: Record<string, TableCounts>;
  /** orders now held for the pack's customers (a manager's pack) */
  orders: number;
  /** customers whose rating results the pack brought */
  rated: number;
  /** customers that left this install because they moved to another rep */
  evicted: number;
}

export interface SyncConflictEntry {
  id: number;
  packFrom: string;
  table: string;
  rowId: string;
  column: string;
  keptValue: unknown;
  keptHlc: string;
  lostValue: unknown;
  lostHlc: string;
  resolvedAt: string;
}

const deviceId = z.string().trim().toLowerCase().refine(isDeviceId, 'expected a device id (16 hex characters)');
const role = z.enum(['manager', 'rep']);
/** a passphrase to encrypt with: at least 8 characters */
const newPassphrase = z.string().min(8, 'passphrase_short').max(1024).optional();
const passphrase = z.string().min(1).max(1024).optional();
const rep = z.string().trim().min(1).max(100).nullable().optional();

export const syncChannels = {
  'sync.status': channel<SyncStatus>('read')(z.object({})),
  'sync.role.set': channel<SyncStatus>('write')(z.object({ role })),
  'sync.encryptedOnly.set': channel<SyncStatus>('write')(z.object({ on: z.boolean() })),
  /** a peer with its role; a rep peer names its rep record (id or name) */
  'sync.peers.add': channel<SyncPeer>('write')(z.object({ deviceId, name: z.string().trim().min(1).max(100), role, rep })),
  'sync.peers.update': channel<SyncPeer>('write')(
    z.object({ deviceId, name: z.string().trim().min(1).max(100).optional(), role: role.optional(), rep }),
  ),
  'sync.export': channel<ExportPackResult>('write')(
    z.object({
      /** the peer the pack is for; null or absent: everything, for a new peer */
      peerDeviceId: deviceId.nullable().optional(),
      passphrase: newPassphrase,
      includePersonalData: z.boolean().default(true),
      /** where to write (the CLI); absent: a new file in the book's exports folder */
      file: z.string().min(1).optional(),
    }),
  ),
  'sync.import': channel<ImportPackSummary>('write')(z.object({ file: z.string().min(1), passphrase })),
  'sync.conflicts': channel<{ total: number; items: SyncConflictEntry[] }>('read')(
    z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(50) }),
  ),
};
