import { Empty } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';

/** An honest empty state for a section whose screens arrive in a later version: no fake data. */
export function ComingSoonPage({ title, hint }: { title: ParseKeys<'common'>; hint: ParseKeys<'common'> }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t(title)} />
      <Empty style={{ marginTop: 80 }} description={<span style={{ maxWidth: 560, display: 'inline-block' }}>{t(hint)}</span>} />
    </div>
  );
}
