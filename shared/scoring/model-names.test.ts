import { expect, it } from 'vitest';
import { modelDisplayName } from './model-names';
import { BUILT_IN_TEMPLATES } from './templates';

it('shows a seeded built-in model in the reader language, and any other name as typed', () => {
  for (const t of BUILT_IN_TEMPLATES) {
    expect(modelDisplayName(t.name.zh, 'en')).toBe(t.name.en);
    expect(modelDisplayName(t.name.zh, 'zh')).toBe(t.name.zh);
    expect(modelDisplayName(t.name.en, 'zh')).toBe(t.name.zh);
  }
  expect(modelDisplayName('价值 × 潜力矩阵（华东）', 'en')).toBe('价值 × 潜力矩阵（华东）');
  expect(modelDisplayName('Key accounts 2027', 'zh')).toBe('Key accounts 2027');
});
