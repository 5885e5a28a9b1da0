/** Fuzz: mutated CSV/TXT files through the import, as the UI calls it. */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Core } from '../core';
import { FIXTURES, tempCore, tempDir } from '../import/import-test-kit';
import { callChannel, expectSafe, mutate, mutationPlans, tally, type Outcome } from './fuzz-kit';

const FILES = 60;

let core: Core;
let dir: string;
const customers = ['客户编号,客户名称,行业,地区,城市,联系人,联系电话,状态,合作开始日期,标签,备注'];
for (let i = 1; i <= 40; i++) customers.push(`KH${String(i).padStart(3, '0')},"客户 ${i}, 有限公司",制造业,华东,上海,张伟,13800138${String(i).padStart(3, '0')},活跃,2019-03-${String((i % 28) + 1).padStart(2, '0')},"重点;长期","备注 ""${i}"""`);
const orders = ['订单编号,客户编号,下单日期,订单金额,类型'];
for (let i = 1; i <= 300; i++) orders.push(`SO-${i},KH${String((i % 40) + 1).padStart(3, '0')},2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},"${(i * 37) % 9000}.50",${i % 17 ? '销售' : '退货'}`);

/** The files mutated: UTF-8 and GBK customers and orders, the GBK fixtures and a UTF-16 text file. */
const BASES = [
  { kind: 'customers' as const, bytes: Buffer.from(`${customers.join('\r\n')}\r\n`, 'utf8') },
  { kind: 'orders' as const, bytes: Buffer.from(`${orders.join('\n')}\n`, 'utf8') },
  { kind: 'orders' as const, bytes: iconv.encode(`${orders.slice(0, 120).join('\r\n')}\r\n`, 'gb18030') },
  { kind: 'customers' as const, bytes: fs.readFileSync(path.join(FIXTURES, 'customers-gbk.csv')) },
  { kind: 'orders' as const, bytes: fs.readFileSync(path.join(FIXTURES, 'orders-gbk.csv')) },
  { kind: 'orders' as const, bytes: fs.readFileSync(path.join(FIXTURES, 'orders-utf16le.txt')) },
];

beforeAll(async () => {
  core = tempCore();
  dir = tempDir();
  const file = path.join(dir, 'customers-base.csv');
  fs.writeFileSync(file, BASES[0].bytes);
  await callChannel(core, 'import.run', { file, kind: 'customers' });
});
afterAll(() => core.close());

it(`${FILES} mutated CSV files (seeded) import or are refused with a clear bad_file, the book unchanged, none taking 10 s`, async () => {
  const outcomes: Outcome[] = [];
  for (const [i, plan] of mutationPlans(FILES).entries()) {
    const base = BASES[i % BASES.length];
    const file = path.join(dir, `fuzz-${i}.csv`);
    fs.writeFileSync(file, mutate(base.bytes, plan));
    const mode = i % 3 === 2 ? 'skip-bad-rows' : 'all-or-nothing';
    const label = `CSV #${i} (${base.kind}, ${mode}, ${JSON.stringify(plan.map((m) => m.kind))})`;
    outcomes.push(await expectSafe(core, label, () => callChannel(core, 'import.run', { file, kind: base.kind, mode }), ['bad_file']));
  }
  const counts = tally(outcomes);
  if (process.env.TIERDESK_FUZZ_SEED) console.log('CSV fuzz', counts);
  expect(outcomes).toHaveLength(FILES);
  expect(counts.bad_file, JSON.stringify(counts)).toBeGreaterThan(0);
});
