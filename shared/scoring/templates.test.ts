import { describe, expect, it } from 'vitest';
import { scoreBook } from './score-book';
import { BUILT_IN_TEMPLATES, builtInTemplate } from './templates';
import { facts } from './test-fixtures';
import { validateModel } from './validate-model';

const AS_OF = '2025-10-01';
const def = (id: string) => builtInTemplate(id)!.definition;

describe('built-in templates', () => {
  it('all validate, with bilingual names and descriptions', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['seed', 'rfm', 'abc', 'value-potential']);
    for (const t of BUILT_IN_TEMPLATES) {
      const r = validateModel(t.definition);
      expect(r.ok ? [] : r.issues, t.id).toEqual([]);
      expect(t.name.zh && t.name.en && t.description.zh && t.description.en).toBeTruthy();
      for (const level of t.definition.tiers.levels) expect(level.label && level.color, `${t.id} ${level.tier}`).toBeTruthy();
    }
  });

  it('seed: a large, long, active, influential customer is A; a silent one is capped at D', () => {
    const star = facts({ code: 'S', revenue: 1_200_000_000, orderCount: 40, activeMonths: 12, lastOrderDate: '2025-09-20', cooperationStart: '2012-01-01', assessment: { influence: 5, potential: 4 } });
    const silent = { ...star, code: 'Q', customerId: 'q', lastOrderDate: '2025-03-01' };
    const never = facts({ code: 'N', revenue: 0, cooperationStart: '2024-01-01' });
    const [a, q, n] = scoreBook([star, silent, never], def('seed'), AS_OF).results;
    expect(a.totalScore).toBe(97); // 30 + 20 + 20 + 15 + 0.8·15
    expect(a.finalTier).toBe('A');
    expect(q.finalTier).toBe('D');
    expect(q.reasons.at(-1)).toMatchObject({ code: 'guard_cap', from: 'A', to: 'D', value: 214 });
    expect(n).toMatchObject({ finalTier: 'D', incomplete: true, missing: ['influence', 'potential'] });
    expect(n.reasons.at(-1)).toMatchObject({ code: 'tier_rule', tier: 'D' }); // already D: the guard changes nothing
  });

  it('seed: revenue bands are in major units, min inclusive', () => {
    const at = (revenue: number) => scoreBook([facts({ code: 'x', revenue })], def('seed'), AS_OF).results[0].indicators[0].points;
    expect([0, 1, 9_999_999, 10_000_000, 500_000_000, 999_999_999, 1_000_000_000].map(at)).toEqual([0, 20, 20, 40, 80, 80, 100]);
  });

  it('rfm: best customer is a champion, a long-gone small one is lost', () => {
    const book = Array.from({ length: 10 }, (_, i) =>
      facts({ code: `c${i}`, revenue: (i + 1) * 10_000, orderCount: i + 1, lastOrderDate: `2025-0${9 - (i % 9)}-01` }),
    );
    book.push(facts({ code: 'gone', revenue: 0, orderCount: 0 }));
    const out = scoreBook(book, def('rfm'), AS_OF).results;
    expect(out[9].finalTier).toBe('champions');
    expect(out[10].finalTier).toBe('lost');
  });

  it('abc: 80/15/5 by revenue', () => {
    const revenues = [700, 150, 100, 40, 10];
    const out = scoreBook(revenues.map((r, i) => facts({ code: `c${i}`, revenue: r })), def('abc'), AS_OF);
    expect(out.results.map((r) => r.finalTier)).toEqual(['A', 'A', 'B', 'C', 'C']);
    expect(out.tierCounts).toEqual({ A: 2, B: 1, C: 2 });
  });

  it('value-potential: revenue terciles × assessed potential give the 3 × 3 cells', () => {
    const book = [
      facts({ code: 'a', revenue: 900, assessment: { potential: 5 } }),
      facts({ code: 'b', revenue: 500, assessment: { potential: 3 } }),
      facts({ code: 'c', revenue: 100, assessment: { potential: 1 } }),
      facts({ code: 'd', revenue: 900, assessment: null }),
    ];
    const out = scoreBook(book, def('value-potential'), AS_OF).results.map((r) => r.finalTier);
    expect(out).toEqual(['high-value/high-potential', 'mid-value/mid-potential', 'low-value/low-potential', 'high-value/low-potential']);
    expect(def('value-potential').tiers.levels).toHaveLength(9);
  });
});
