import { Button, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDiff } from '../../../../shared/ipc/channels/ratings';
import { EChart } from '../../charts/EChart';
import { useSettings } from '../../stores/settings';
import { tierColor, tierName, useLang } from '../tiers/tier-display';

type Link = RunDiff['transitions'][number];

/** Tier migration between two runs as a Sankey; a link (or its row below) opens those customers. */
export function TierMigrationSankey({ diff, onLink }: { diff: RunDiff; onLink: (from: string | null, to: string | null) => void }) {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const links = useMemo(() => diff.transitions.filter((l) => l.from !== null && l.to !== null), [diff]);
  const moved = links.filter((l) => l.from !== l.to).sort((a, b) => b.count - a.count);
  const option = useMemo(() => {
    const tiers = [...diff.to.tiers, ...diff.from.tiers];
    const node = (side: 'from' | 'to', id: string) => `${side}:${id}`;
    const used = new Set(links.flatMap((l) => [node('from', l.from as string), node('to', l.to as string)]));
    const order = diff.tierOrder;
    const nodes = (['from', 'to'] as const).flatMap((side) =>
      order.filter((id) => used.has(node(side, id))).map((id) => ({ name: node(side, id), itemStyle: { color: tierColor(tiers, id) } })),
    );
    return {
      tooltip: { trigger: 'item', formatter: (p: { dataType: string; data: { source?: string; target?: string; value?: number } }) => tooltip(p) },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 90,
          top: 8,
          bottom: 8,
          nodeAlign: 'justify',
          layoutIterations: 0,
          emphasis: { focus: 'adjacency' },
          label: { formatter: (p: { name: string }) => tierName(tiers, p.name.slice(p.name.indexOf(':') + 1), lang) },
          lineStyle: { color: 'source', opacity: 0.35 },
          data: nodes,
          links: links.map((l) => ({ source: node('from', l.from as string), target: node('to', l.to as string), value: l.count })),
        },
      ],
    };
    function tooltip(p: { dataType: string; data: { source?: string; target?: string; value?: number } }) {
      if (p.dataType !== 'edge') return '';
      const name = (n?: string) => tierName(tiers, n ? n.slice(n.indexOf(':') + 1) : null, lang);
      return `${name(p.data.source)} → ${name(p.data.target)}: ${format.number(p.data.value ?? 0)}`;
    }
  }, [diff, links, lang, format]);
  if (links.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noMigration')} style={{ height: 220 }} />;
  const tiers = [...diff.to.tiers, ...diff.from.tiers];
  return (
    <>
      <EChart
        option={option}
        height={220}
        testId="chart-sankey"
        ariaLabel={t('charts.migration')}
        onClick={(e) => {
          const d = e.data as { source?: string; target?: string } | undefined;
          if (e.dataType === 'edge' && d?.source && d.target) onLink(d.source.slice(5), d.target.slice(3));
        }}
      />
      <div className="migration-links" data-testid="migration-links">
        {moved.slice(0, 6).map((l: Link) => (
          <Button key={`${l.from}>${l.to}`} size="small" type="text" data-testid={`migration-link-${l.from}-${l.to}`} onClick={() => onLink(l.from, l.to)}>
            {tierName(tiers, l.from, lang)} → {tierName(tiers, l.to, lang)}: <span className="num">{format.number(l.count)}</span>
          </Button>
        ))}
      </div>
    </>
  );
}
