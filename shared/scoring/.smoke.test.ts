import { test } from 'vitest';
import { BUILT_IN_TEMPLATES, validateModel, scoreBook, paretoFigures } from './index';
import type { CustomerFacts } from './index';
test('smoke', () => {
  for (const t of BUILT_IN_TEMPLATES) { const r = validateModel(t.definition); console.log(t.id, r.ok, r.ok ? '' : JSON.stringify(r.issues)); }
  const facts: CustomerFacts[] = [];
  let s = 1;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  for (let i = 0; i < 100000; i++) facts.push({ customerId: 'id' + i, code: 'C' + String(i).padStart(6, '0'), name: 'n', revenue: Math.floor(rnd() * 1e9), orderCount: Math.floor(rnd() * 30), activeMonths: Math.floor(rnd() * 13), prevRevenue: Math.floor(rnd() * 1e9), lastOrderDate: rnd() < 0.9 ? '2025-0' + (1 + Math.floor(rnd() * 9)) + '-15' : null, cooperationStart: '2019-05-02', assessment: rnd() < 0.7 ? { influence: 1 + Math.floor(rnd() * 5), potential: 1 + Math.floor(rnd() * 5) } : null });
  for (const t of BUILT_IN_TEMPLATES) {
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now(); const r = scoreBook(facts, t.definition, '2025-10-01'); const ms = performance.now() - t0;
      if (k === 2) console.log(t.id, ms.toFixed(1), 'ms', JSON.stringify(r.tierCounts), r.incompleteCount);
    }
  }
  const r = scoreBook(facts.slice(0, 3), BUILT_IN_TEMPLATES[0].definition, '2025-10-01');
  console.log(JSON.stringify(r.results[0], null, 1));
  console.log(JSON.stringify(paretoFigures(facts.map(f => f.revenue)).top20Share));
});
