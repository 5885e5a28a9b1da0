/** Score rules, tier levels and guards of a model as one readable line each, for the report's Model sheet. */
import type { Guard, Lang, ModelDefinition, ScoreRule } from '../../../shared/scoring';
import { indicatorLabel } from '../../../shared/scoring';

const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 4 });
const pct = (x: number) => `${num(Math.round(x * 10_000) / 100)}%`;
const OPS = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '==': '=' } as const;

export function scoreRuleText(rule: ScoreRule, lang: Lang): string {
  const zh = lang === 'zh';
  switch (rule.kind) {
    case 'bands':
      return rule.bands
        .map((b) => {
          const parts = [b.min !== undefined ? `≥ ${num(b.min)}` : '', b.max !== undefined ? `< ${num(b.max)}` : ''].filter(Boolean);
          const range = parts.join(zh ? ' 且 ' : ' and ') || (zh ? '任意值' : 'any value');
          return zh ? `${range} → ${num(b.points)} 分` : `${range} → ${num(b.points)} points`;
        })
        .join(zh ? '；' : '; ');
    case 'linear': {
      const inv = rule.invert ? (zh ? '（越低越好）' : ' (lower is better)') : '';
      const [lo, hi] = rule.invert ? [100, 0] : [0, 100];
      return zh ? `线性：${num(rule.min)} → ${lo} 分，${num(rule.max)} → ${hi} 分${inv}` : `Linear: ${num(rule.min)} → ${lo}, ${num(rule.max)} → ${hi} points${inv}`;
    }
    case 'quantile': {
      const inv = rule.invert ? (zh ? '（越低越好）' : ' (lower is better)') : '';
      if (rule.buckets === 'percentile') return zh ? `按百分位排名计分${inv}` : `Percentile rank${inv}`;
      return zh ? `按排名分为 ${rule.buckets} 档${inv}` : `Rank in ${rule.buckets} buckets${inv}`;
    }
    case 'boolean':
      return zh ? `≥ ${num(rule.threshold)} 得 ${num(rule.points)} 分，否则 0 分` : `≥ ${num(rule.threshold)} → ${num(rule.points)} points, else 0`;
  }
}

/** Each tier level's condition, in level order. */
export function tierConditionTexts(def: ModelDefinition, lang: Lang): string[] {
  const zh = lang === 'zh';
  const t = def.tiers;
  switch (t.kind) {
    case 'score':
      return t.levels.map((l, i) => (i === t.levels.length - 1 && l.min === 0 ? (zh ? '其余客户' : 'all others') : zh ? `总分 ≥ ${num(l.min)}` : `Score ≥ ${num(l.min)}`));
    case 'rank':
      return t.levels.map((l) => (zh ? `按总分排名的 ${pct(l.share)} 客户` : `${pct(l.share)} of customers by score rank`));
    case 'pareto':
      return t.levels.map((l) => (zh ? `累计销售额占比至 ${pct(l.cumulativeShare)}` : `Cumulative revenue share up to ${pct(l.cumulativeShare)}`));
    case 'segments':
      return t.levels.map((l) => {
        const parts = Object.entries(l.when).map(([axis, r]) => {
          const lo = r.min !== undefined ? num(r.min) : '…';
          const hi = r.max !== undefined ? num(r.max) : '…';
          return `${axis.toUpperCase()} ${lo}–${hi}`;
        });
        return parts.join(zh ? '，' : ', ') || (zh ? '其余客户' : 'all others');
      });
  }
}

export function tierRuleKindText(def: ModelDefinition, lang: Lang): string {
  const zh = { score: '按总分门槛', rank: '按排名比例', pareto: '按累计销售额（帕累托 / ABC）', segments: '按细分矩阵' };
  const en = { score: 'Score thresholds', rank: 'Rank shares', pareto: 'Cumulative revenue (Pareto / ABC)', segments: 'Segment matrix' };
  return (lang === 'zh' ? zh : en)[def.tiers.kind];
}

export function guardConditionText(guard: Guard, lang: Lang): string {
  const zh = lang === 'zh';
  const name = indicatorLabel(guard.when.indicator, lang);
  if (guard.when.op === 'missing') return zh ? `${name}无数据` : `${name} has no data`;
  const base = `${name} ${OPS[guard.when.op]} ${num(guard.when.value ?? 0)}`;
  if (!guard.when.orMissing) return base;
  return zh ? `${base} 或无数据` : `${base} or no data`;
}
