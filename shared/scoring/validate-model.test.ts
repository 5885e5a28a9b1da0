import { describe, expect, it } from 'vitest';
import type { ModelDefinitionInput } from './model-schema';
import { validateModel } from './validate-model';

const base = (): ModelDefinitionInput => ({
  indicators: [
    { key: 'revenue', weight: 60, rule: { kind: 'bands', bands: [{ min: 0, max: 100, points: 50 }, { min: 100, points: 100 }] } },
    { key: 'order_count', weight: 40, rule: { kind: 'linear', min: 0, max: 10 } },
  ],
  tiers: { kind: 'score', levels: [{ tier: 'A', min: 85 }, { tier: 'B', min: 70 }, { tier: 'C', min: 0 }] },
});

function issues(def: unknown): { code: string; path: (string | number)[]; zh: string; en: string }[] {
  const r = validateModel(def);
  if (r.ok) return [];
  return r.issues.map((i) => ({ code: i.code, path: i.path, zh: i.message.zh, en: i.message.en }));
}

describe('validateModel', () => {
  it('accepts a valid model and fills defaults', () => {
    const r = validateModel(base());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.window).toEqual({ kind: 'days', days: 365 });
      expect(r.value.missing).toBe('zero');
      expect(r.value.guards).toEqual([]);
    }
  });

  it('says what the weights add up to', () => {
    const def = base();
    def.indicators[1].weight = 39.5;
    const [i] = issues(def);
    expect(i.code).toBe('weights_sum');
    expect(i.en).toContain('99.5 %');
    expect(i.zh).toContain('99.5%');
    expect(i.path).toEqual(['indicators']);
  });

  it('tolerates float noise in weights (33.34 + 33.33 + 33.33)', () => {
    const def = base();
    def.indicators = [
      { key: 'revenue', weight: 33.34, rule: { kind: 'linear', min: 0, max: 1 } },
      { key: 'order_count', weight: 33.33, rule: { kind: 'linear', min: 0, max: 1 } },
      { key: 'active_months', weight: 33.33, rule: { kind: 'linear', min: 0, max: 1 } },
    ];
    expect(validateModel(def).ok).toBe(true);
  });

  it('reports overlapping and unsorted bands', () => {
    const def = base();
    def.indicators[0].rule = { kind: 'bands', bands: [{ min: 0, max: 150, points: 50 }, { min: 100, points: 100 }] };
    expect(issues(def)[0]).toMatchObject({ code: 'bands_overlap', path: ['indicators', 0, 'rule', 'bands', 1] });
    def.indicators[0].rule = { kind: 'bands', bands: [{ min: 100, points: 100 }, { min: 0, max: 100, points: 50 }] };
    expect(issues(def)[0].code).toBe('bands_unsorted');
    def.indicators[0].rule = { kind: 'bands', bands: [{ min: 5, max: 5, points: 100 }] };
    expect(issues(def)[0].code).toBe('band_empty');
  });

  it('reports an empty linear range', () => {
    const def = base();
    def.indicators[1].rule = { kind: 'linear', min: 10, max: 10 };
    expect(issues(def)[0].code).toBe('linear_range');
  });

  it('reports score tiers out of order', () => {
    const def = base();
    def.tiers = { kind: 'score', levels: [{ tier: 'A', min: 70 }, { tier: 'B', min: 85 }] };
    const [i] = issues(def);
    expect(i).toMatchObject({ code: 'tiers_order', path: ['tiers', 'levels', 1, 'min'] });
    expect(i.zh).toMatch(/从高到低/);
  });

  it('reports rank shares that do not add up to 1', () => {
    const def = base();
    def.tiers = { kind: 'rank', levels: [{ tier: 'A', share: 0.2 }, { tier: 'B', share: 0.3 }, { tier: 'C', share: 0.4 }] };
    const [i] = issues(def);
    expect(i.code).toBe('rank_shares_sum');
    expect(i.en).toContain('90 %');
  });

  it('reports Pareto shares out of order or not ending at 1', () => {
    const def = base();
    def.tiers = { kind: 'pareto', levels: [{ tier: 'A', cumulativeShare: 0.8 }, { tier: 'B', cumulativeShare: 0.7 }, { tier: 'C', cumulativeShare: 0.9 }] };
    expect(issues(def).map((i) => i.code)).toEqual(['pareto_order', 'pareto_last']);
  });

  it('reports unknown and duplicate indicators', () => {
    const def = base();
    (def.indicators[1] as { key: string }).key = 'turnover';
    const [u] = issues(def);
    expect(u).toMatchObject({ code: 'unknown_indicator', path: ['indicators', 1, 'key'] });
    expect(u.en).toContain('"turnover"');
    expect(u.zh).toContain('未知指标');
    def.indicators[1].key = 'revenue';
    expect(issues(def)[0]).toMatchObject({ code: 'duplicate_indicator', path: ['indicators', 1, 'key'] });
  });

  it('accepts custom:<field> indicators but not an empty field', () => {
    const def = base();
    def.indicators[1].key = 'custom:employees';
    expect(validateModel(def).ok).toBe(true);
    (def.indicators[1] as { key: string }).key = 'custom:';
    expect(issues(def)[0].code).toBe('unknown_indicator');
  });

  it('reports duplicate tiers and guards naming unknown tiers or lacking a value', () => {
    const def = base();
    def.tiers = { kind: 'score', levels: [{ tier: 'A', min: 85 }, { tier: 'A', min: 0 }] };
    expect(issues(def)[0].code).toBe('duplicate_tier');
    const g = base();
    g.guards = [{ kind: 'cap', tier: 'Z', when: { indicator: 'recency_days', op: '>' } }];
    expect(issues(g).map((i) => i.code)).toEqual(['unknown_tier', 'guard_value']);
  });

  it('checks segment axes against the model', () => {
    const def = base();
    def.tiers = {
      kind: 'segments',
      axes: [{ id: 'v', indicators: ['potential'], scale: 3 }],
      levels: [{ tier: 'hi', when: { w: { min: 3 } } }, { tier: 'lo', when: { v: { min: 2, max: 1 } } }],
    };
    expect(issues(def).map((i) => i.code)).toEqual(['axis_indicator_not_in_model', 'unknown_axis', 'range_order']);
  });

  it('translates structural problems into both languages', () => {
    const all = issues({ indicators: [{ key: 'revenue', weight: '100', rule: { kind: 'magic' } }], tiers: { kind: 'score', levels: [] }, extra: 1 });
    const codes = all.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid_type', 'invalid_value', 'too_small', 'unknown_field']));
    for (const i of all) {
      expect(i.zh.length).toBeGreaterThan(0);
      expect(i.en.length).toBeGreaterThan(0);
    }
    expect(issues({}).find((i) => i.path[0] === 'indicators')?.code).toBe('required');
  });
});
