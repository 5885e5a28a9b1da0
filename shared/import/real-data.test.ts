/** The whole pure pipeline over the real data sets in ../shared/data (skipped when they are absent). */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDelimited } from './csv';
import { detectDelimiter } from './delimiter';
import { decodeAuto } from './encoding';
import { detectHeaderRow } from './header';
import { suggestMapping } from './mapping';
import { mapRow } from './rows';

const DATA = new URL('../../../shared/data/', import.meta.url);
const RETAIL = new URL('online-retail/OnlineRetail.csv.gz', DATA);
const CDNOW = new URL('cdnow/CDNOW_master.txt', DATA);

describe.skipIf(!existsSync(CDNOW))('CDNOW_master.txt', () => {
  it('detects whitespace, its header, maps and reads every purchase', () => {
    const { encoding, text } = decodeAuto(new Uint8Array(readFileSync(CDNOW)));
    expect(encoding).toBe('utf-8');
    const delimiter = detectDelimiter(text.slice(0, 4096));
    expect(delimiter).toBe('whitespace');
    const rows = readDelimited(text, delimiter);
    const h = detectHeaderRow(rows);
    expect(h).toBe(0);
    const headers = rows[h!];
    const { mapping, missingRequired } = suggestMapping('orders', headers);
    expect(missingRequired).toEqual(['orderNo']);
    const data = rows.slice(h! + 1);
    expect(data).toHaveLength(69_659);
    const customers = new Set<string>();
    let total = 0;
    data.forEach((cells, i) => {
      const r = mapRow('orders', cells, mapping, { headers, defaults: { orderNo: `cdnow-${i + 1}` } });
      if (!r.ok) throw new Error(`row ${i + 2}: ${JSON.stringify(r.errors)}`);
      customers.add(r.record.customerCode);
      total += r.record.amount;
    });
    expect(customers.size).toBe(23_570);
    expect(data.every((r) => /^\d{8}$/.test(r[1]))).toBe(true);
    expect(total).toBeGreaterThan(0);
    expect(Number.isInteger(total)).toBe(true);
  });
});

describe.skipIf(!existsSync(RETAIL))('OnlineRetail.csv.gz', () => {
  it('reads the first 50,000 lines: header, mapping, amounts from unit price × quantity, credit notes', () => {
    const bytes = new Uint8Array(gunzipSync(readFileSync(RETAIL)).subarray(0, 4_500_000));
    const { encoding, text } = decodeAuto(bytes);
    expect(encoding).toBe('utf-8');
    expect(detectDelimiter(text.slice(0, 8192))).toBe(',');
    const rows = readDelimited(text, ',', { maxRows: 50_001 });
    expect(detectHeaderRow(rows)).toBe(0);
    const headers = rows[0];
    const { mapping, missingRequired, confidence } = suggestMapping('orders', headers);
    expect(missingRequired).toEqual([]);
    expect(confidence).toBe(1);
    let ok = 0;
    let noCustomer = 0;
    let returns = 0;
    for (const cells of rows.slice(1)) {
      const r = mapRow('orders', cells, mapping, { headers });
      if (r.ok) {
        ok++;
        if (r.record.kind === 'return') {
          returns++;
          expect(r.record.amount).toBeLessThanOrEqual(0);
        }
        expect(r.record.date >= '2010-12-01' && r.record.date <= '2011-12-09').toBe(true);
      } else {
        expect(r.errors.map((e) => e.field)).toEqual(['customerCode']);
        noCustomer++;
      }
    }
    expect(ok + noCustomer).toBe(50_000);
    expect(noCustomer).toBeGreaterThan(0);
    expect(returns).toBeGreaterThan(0);
  });
});
