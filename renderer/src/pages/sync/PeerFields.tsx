import { Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRole } from '../../../../shared/ipc/channels/sync';
import { useReps } from '../../stores/reps';
import { useSettings } from '../../stores/settings';

/** What the peer form and the unknown-sender form ask: a name, a role and, for a rep, the rep record it is. */
export interface PeerFieldValues {
  name: string;
  role: SyncRole;
  rep?: string | null;
}

/**
 * The name, role and rep fields of a peer, inside the caller's Form. The rep select lists this install's reps and
 * shows (and is required) only when the role is rep.
 */
export function PeerFields({ namePlaceholder, autoFocusName }: { namePlaceholder?: string; autoFocusName?: boolean }) {
  const { t } = useTranslation('sync');
  const format = useSettings((s) => s.format);
  const { reps, loaded, load } = useReps();
  const form = Form.useFormInstance<PeerFieldValues>();
  const role = Form.useWatch('role', form);
  useEffect(() => {
    void load();
  }, [load]);
  const options = reps.map((rep) => ({
    value: rep.id,
    label: rep.name,
    detail: [rep.region, t('peers.repCustomers', { count: format.number(rep.customerCount) }), rep.active ? null : t('peers.repInactive')]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <>
      <Form.Item name="name" label={t('peers.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input placeholder={namePlaceholder} autoFocus={autoFocusName} maxLength={100} />
      </Form.Item>
      <Form.Item name="role" label={t('peers.role')} rules={[{ required: true }]}>
        <Select
          aria-label={t('peers.role')}
          options={[
            { value: 'manager', label: t('role.manager') },
            { value: 'rep', label: t('role.rep') },
          ]}
        />
      </Form.Item>
      {role === 'rep' ? (
        <Form.Item
          name="rep"
          label={t('peers.rep')}
          extra={loaded && reps.length === 0 ? <Typography.Text type="warning">{t('peers.noReps')}</Typography.Text> : t('peers.repHint')}
          rules={[{ required: true, message: t('peers.repRequired') }]}
        >
          <Select
            aria-label={t('peers.rep')}
            placeholder={t('peers.repPlaceholder')}
            loading={!loaded}
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            optionRender={(option) => (
              <span>
                {option.data.label}
                {option.data.detail ? (
                  <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                    {option.data.detail}
                  </Typography.Text>
                ) : null}
              </span>
            )}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
