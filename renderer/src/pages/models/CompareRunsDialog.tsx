import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useRatings } from '../../stores/ratings';
import { RunSelect } from '../tiers/RunSelect';

/** Picks two runs and opens their transition matrix on the tiers page. */
export function CompareRunsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['models', 'common']);
  const navigate = useNavigate();
  const runs = useRatings((s) => s.runs);
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [to, setTo] = useState<string | undefined>(undefined);
  const fromId = from ?? runs[1]?.id;
  const toId = to ?? runs[0]?.id;
  return (
    <Modal
      open={open}
      title={t('compare.title')}
      okText={t('compare.open')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: !fromId || !toId || fromId === toId }}
      onOk={() => navigate(`/tiers?tab=transitions&from=${fromId}&to=${toId}`)}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('compare.from')}>
          <RunSelect runs={runs} value={fromId} onChange={setFrom} label={t('compare.from')} />
        </Form.Item>
        <Form.Item label={t('compare.to')}>
          <RunSelect runs={runs} value={toId} onChange={setTo} label={t('compare.to')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
