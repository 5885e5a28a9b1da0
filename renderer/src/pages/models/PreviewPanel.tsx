import { Alert, Card, Empty, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../../shared/ipc/channels/models';
import type { ModelDefinition } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { useSettings } from '../../stores/settings';
import { useLang } from '../tiers/tier-display';

/** Scores the current book with the unsaved definition (debounced) and shows the tier distribution; keeps the last one while recomputing. */
export function PreviewPanel({ definition, valid }: { definition: ModelDefinition; valid: boolean }) {
  const { t } = useTranslation('models');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const [preview, setPreview] = useState<ModelPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const json = JSON.stringify(definition);
  useEffect(() => {
    if (!valid) return;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      setBusy(true);
      call('models.preview', { definition: JSON.parse(json) })
        .then((p) => mine === ticket.current && (setPreview(p), setError(null)))
        .catch((e) => mine === ticket.current && setError(errorText(e)))
        .finally(() => mine === ticket.current && setBusy(false));
    }, 400);
    return () => clearTimeout(timer);
  }, [json, valid]);
  const max = preview ? Math.max(1, ...Object.values(preview.tierCounts)) : 1;
  return (
    <Card size="small" title={<>{t('preview.title')} {busy ? <Spin size="small" /> : null}</>} data-testid="model-preview" style={{ position: 'sticky', top: 0 }}>
      {!valid ? <Alert type="warning" showIcon message={t('preview.invalid')} style={{ marginBottom: 8 }} /> : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} /> : null}
      {!preview ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('preview.waiting')} style={{ minHeight: 200 }} />
      ) : (
        <div style={{ opacity: busy ? 0.6 : 1 }}>
          {preview.tiers.map((tier) => {
            const n = preview.tierCounts[tier.id] ?? 0;
            return (
              <div key={tier.id} style={{ marginBottom: 6 }} data-testid={`preview-tier-${tier.id}`}>
                <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12 }}>
                  <span>{tier.label[lang]}</span>
                  <span className="num" data-testid={`preview-count-${tier.id}`}>{format.number(n)} · {format.percent(preview.customers ? n / preview.customers : 0)}</span>
                </div>
                <div className="score-bar-track" style={{ height: 10 }}>
                  <div className="score-bar" style={{ width: `${(n / max) * 100}%`, background: tier.color }} />
                </div>
              </div>
            );
          })}
          <div style={{ marginTop: 8, color: '#8c8c8c', fontSize: 12 }}>
            {t('preview.footer', { customers: format.number(preview.customers), ms: format.number(preview.ms) })}
            {preview.incomplete ? <Tag color="orange" style={{ marginLeft: 6 }}>{t('preview.incomplete', { n: format.number(preview.incomplete) })}</Tag> : null}
          </div>
        </div>
      )}
    </Card>
  );
}
