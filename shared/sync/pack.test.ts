import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { checkPackFor, createPack, decodePackBody, encodePackBody, type Pack } from './pack';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';
const h = (ms: number, node: string) => formatHlc({ millis: 1_700_000_000_000 + ms, counter: 0, node });

const pack: Pack = createPack({
  from: A,
  to: B,
  role: 'rep',
  createdHlc: h(10, A),
  changes: [
    { table: 'customers', rowId: 'c-1', column: 'name', value: '华东贸易有限公司', hlc: h(1, A) },
    { table: 'customers', rowId: 'c-1', column: 'custom_fields', value: { 级别: 'VIP', n: [1, null] }, hlc: h(2, C) },
    { table: 'customers', rowId: 'c-1', column: 'deleted', value: 1, hlc: h(3, A) },
  ],
  vector: { [A]: h(10, A), [C]: h(2, C) },
});

function decodeError(body: unknown) {
  const r = decodePackBody(typeof body === 'string' ? body : JSON.stringify(body));
  if (r.ok) throw new Error('expected a decode error');
  return r.error;
}

describe('pack body', () => {
  it('round-trips through JSON text', () => {
    expect(pack).toMatchObject({ format: 'tierdesk-sync-pack', version: 2 });
    // a version 1 pack (before territories) still reads
    expect(decodePackBody(encodePackBody({ ...pack, version: 1 }))).toEqual({ ok: true, value: { ...pack, version: 1 } });
    expect(decodePackBody(encodePackBody(pack))).toEqual({ ok: true, value: pack });
    const broadcast = createPack({ ...pack, to: null });
    expect(decodePackBody(encodePackBody(broadcast))).toEqual({ ok: true, value: broadcast });
  });

  it('refuses a foreign file or JSON as "not a TierDesk sync pack"', () => {
    for (const body of ['not json', '[]', 'null', JSON.stringify({ ...pack, format: 'other' })]) {
      const e = decodeError(body);
      expect(e.code).toBe('pack_format');
      expect(e.message.en).toBe('This is not a TierDesk sync pack.');
      expect(e.message.zh).toMatch(/同步包/);
    }
  });

  it('asks the user to update for a pack from a newer TierDesk', () => {
    const e = decodeError({ ...pack, version: 3 });
    expect(e.code).toBe('pack_version');
    expect(e.message.en).toBe('This pack was made by a newer TierDesk (format v3); update TierDesk to import it.');
    expect(e.message.zh).toMatch(/v3/);
    expect(decodeError({ ...pack, version: 0 }).code).toBe('pack_malformed');
  });

  it('names the malformed change by index and field', () => {
    const bad = (i: number, patch: object) => ({
      ...pack,
      changes: pack.changes.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    });
    const e = decodeError(bad(1, { hlc: 'yesterday' }));
    expect(e).toMatchObject({ code: 'pack_malformed', details: { index: 1, field: 'hlc' } });
    expect(e.message.en).toMatch(/change #2 \(index 1\) is malformed in field "hlc"/);
    expect(e.message.zh).toMatch(/第 2 条变更/);
    expect(decodeError(bad(2, { table: 'x; DROP TABLE customers' })).details).toMatchObject({ index: 2, field: 'table' });
    const { value: _drop, ...noValue } = pack.changes[0];
    expect(decodeError({ ...pack, changes: [noValue] }).details).toMatchObject({ index: 0, field: 'value' });
  });

  it('refuses a value nested thousands deep as malformed (it once overflowed the validation stack), keeps shallow ones', () => {
    const deep = (n: number) => `${'['.repeat(n)}0${']'.repeat(n)}`;
    const withValue = (value: string) => encodePackBody({ ...pack, changes: [{ ...pack.changes[0], value: '@@' }] }).replace('"@@"', value);
    for (const n of [65, 20_000, 200_000]) {
      const e = decodeError(withValue(deep(n)));
      expect(e.code).toBe('pack_malformed');
      expect(e.message.en).toBe('The sync pack is damaged: its data is nested more than 64 levels deep.');
      expect(e.message.zh).toBe('同步包已损坏：数据嵌套超过 64 层。');
    }
    expect(decodePackBody(withValue(deep(60))).ok).toBe(true);
  });

  it('checks the header fields', () => {
    expect(decodeError({ ...pack, from: 'A' }).details).toMatchObject({ field: 'from' });
    expect(decodeError({ ...pack, role: 'admin' }).details).toMatchObject({ field: 'role' });
    expect(decodeError({ ...pack, createdHlc: h(10, B) }).details).toMatchObject({ field: 'createdHlc' });
    expect(decodeError({ ...pack, vector: { [A]: h(1, C) } }).details).toMatchObject({ field: 'vector' });
  });
});

describe('checkPackFor', () => {
  it('accepts a pack for this device (or for anyone) that is newer than the last import', () => {
    expect(checkPackFor(pack, { deviceId: B })).toEqual({ ok: true, value: pack });
    expect(checkPackFor({ ...pack, to: null }, { deviceId: C, lastImportedHlc: h(9, A) }).ok).toBe(true);
  });
  it('refuses foreign, own and replayed packs with clear errors', () => {
    expect(checkPackFor(pack, { deviceId: C })).toMatchObject({ ok: false, error: { code: 'pack_foreign' } });
    expect(checkPackFor(pack, { deviceId: A })).toMatchObject({ ok: false, error: { code: 'pack_own' } });
    const replay = checkPackFor(pack, { deviceId: B, lastImportedHlc: h(10, A) });
    expect(replay).toMatchObject({ ok: false, error: { code: 'pack_replayed' } });
    if (!replay.ok) expect(replay.error.message.en).toMatch(/already imported/);
  });
});
