import type { Lang } from './common-schemas';
import { indicatorLabel } from './indicator-catalog';
import { showNumber } from './issue-messages';
import type { Reason } from './reasons';

/** Optional lookup of tier display names (e.g. from `tierCatalog`); ids are shown otherwise. */
export type TierLabeler = (tierId: string, lang: Lang) => string;

const pct = (share: number): string => `${showNumber(Math.round(share * 10_000) / 100)}%`;
const OP_TEXT = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '==': '=' } as const;

/** One sentence explaining a reason, in Chinese or English. */
export function formatReason(reason: Reason, lang: Lang, tierLabel?: TierLabeler): string {
  const zh = lang === 'zh';
  const t = (id: string): string => (tierLabel ? tierLabel(id, lang) : id);
  switch (reason.code) {
    case 'tier_rule':
      switch (reason.rule) {
        case 'score':
          if (reason.threshold === null) {
            return zh ? `总分 ${reason.score} 低于所有门槛，归为 ${t(reason.tier)}` : `Score ${reason.score} is below every threshold: ${t(reason.tier)}`;
          }
          return zh
            ? `总分 ${reason.score} ≥ ${showNumber(reason.threshold)}，归为 ${t(reason.tier)}`
            : `Score ${reason.score} ≥ ${showNumber(reason.threshold)}: ${t(reason.tier)}`;
        case 'rank':
          return zh
            ? `按总分排名第 ${reason.position}/${reason.total}，位于前 ${pct(reason.share)}，归为 ${t(reason.tier)}`
            : `Ranked ${reason.position} of ${reason.total} by score, within the top ${pct(reason.share)}: ${t(reason.tier)}`;
        case 'pareto':
          if (reason.threshold === null) {
            return zh ? `期间销售额不为正，归为 ${t(reason.tier)}` : `No positive revenue in the period: ${t(reason.tier)}`;
          }
          return zh
            ? `排在其前的客户累计贡献 ${pct(reason.shareBefore)} 的销售额（< ${pct(reason.threshold)}），归为 ${t(reason.tier)}`
            : `Customers ahead of it make ${pct(reason.shareBefore)} of revenue (< ${pct(reason.threshold)}): ${t(reason.tier)}`;
        case 'segments': {
          const axes = Object.entries(reason.axes).map(([k, v]) => `${k.toUpperCase()}=${showNumber(v)}`).join(zh ? '，' : ', ');
          return zh ? `${axes}，归入细分 ${t(reason.tier)}` : `${axes}: segment ${t(reason.tier)}`;
        }
      }
      break;
    case 'incomplete': {
      const names = reason.missing.map((k) => indicatorLabel(k, lang)).join(zh ? '、' : ', ');
      if (zh) return `数据不完整（缺少：${names}），${reason.policy === 'zero' ? '缺失指标按 0 分计' : '其权重已按比例分配给其他指标'}`;
      return `Incomplete data (missing: ${names}); ${reason.policy === 'zero' ? 'missing indicators score 0' : 'their weight was spread over the others'}`;
    }
    case 'guard_cap':
    case 'guard_floor': {
      const name = indicatorLabel(reason.indicator, lang);
      const value = reason.value === null ? (zh ? '无数据' : 'no data') : showNumber(Math.round(reason.value * 100) / 100);
      const cond = reason.op === 'missing' ? (zh ? `${name}无数据` : `${name} has no data`) : `${name} ${OP_TEXT[reason.op]} ${showNumber(reason.threshold ?? 0)}`;
      const label = reason.label ? `${reason.label[lang]}: ` : '';
      if (reason.code === 'guard_cap') {
        return zh
          ? `${label}${cond}（当前 ${value}），最高为 ${t(reason.to)}（原为 ${t(reason.from)}）`
          : `${label}${cond} (now ${value}), so at most ${t(reason.to)} (was ${t(reason.from)})`;
      }
      return zh
        ? `${label}${cond}（当前 ${value}），最低为 ${t(reason.to)}（原为 ${t(reason.from)}）`
        : `${label}${cond} (now ${value}), so at least ${t(reason.to)} (was ${t(reason.from)})`;
    }
    case 'override': {
      const until = reason.expiresAt ? (zh ? `，有效期至 ${reason.expiresAt}` : `, until ${reason.expiresAt}`) : '';
      return zh
        ? `人工调整为 ${t(reason.to)}（原为 ${t(reason.from)}）：${reason.reason}${until}`
        : `Manually set to ${t(reason.to)} (was ${t(reason.from)}): ${reason.reason}${until}`;
    }
    case 'override_expired':
      return zh
        ? `人工调整 ${t(reason.tier)} 已于 ${reason.expiresAt} 过期，未生效`
        : `Manual tier ${t(reason.tier)} expired on ${reason.expiresAt} and no longer applies`;
    case 'override_unknown_tier':
      return zh
        ? `人工调整的层级 ${reason.tier} 不属于本模型，未生效`
        : `Manual tier ${reason.tier} is not a tier of this model and was ignored`;
  }
  return '';
}
