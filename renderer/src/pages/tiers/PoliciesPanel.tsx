import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The tier × service policy table is owned by the visits screens; until its channels exist, point there. */
export function PoliciesPanel() {
  const { t } = useTranslation('tiers');
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t('policies.title')}
      subTitle={t('policies.hint')}
      extra={<Button type="primary" onClick={() => navigate('/visits')}>{t('policies.toVisits')}</Button>}
    />
  );
}
