import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOG, indicatorLabel } from './indicator-catalog';
import { BASE_INDICATOR_KEYS, customFieldOf, isIndicatorKey } from './indicator-keys';

describe('indicator keys', () => {
  it('accepts base keys and custom:<field>, nothing else', () => {
    for (const k of BASE_INDICATOR_KEYS) expect(isIndicatorKey(k)).toBe(true);
    expect(isIndicatorKey('custom:员工数')).toBe(true);
    for (const bad of ['custom:', 'custom: ', 'Revenue', 'turnover', 3, null]) expect(isIndicatorKey(bad)).toBe(false);
  });
  it('names the custom field', () => {
    expect(customFieldOf('custom:employees')).toBe('employees');
    expect(customFieldOf('revenue')).toBeNull();
  });
  it('has a bilingual catalog entry for every base key', () => {
    expect(Object.keys(INDICATOR_CATALOG).sort()).toEqual([...BASE_INDICATOR_KEYS].sort());
    expect(indicatorLabel('recency_days', 'zh')).toBe('距上次下单天数');
    expect(indicatorLabel('revenue', 'en')).toBe('Revenue');
    expect(indicatorLabel('custom:employees', 'zh')).toBe('employees');
  });
});
