import {
  BarChartOutlined,
  CarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  SettingOutlined,
  SwapOutlined,
  SyncOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { App as AntApp, ConfigProvider, Layout, Menu } from 'antd';
import enGB from 'antd/locale/en_GB';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { CustomerDetailPage } from './pages/customers/CustomerDetailPage';
import { CustomersPage } from './pages/customers/CustomersPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ImportExportPage } from './pages/import-export/ImportExportPage';
import { ModelEditorPage } from './pages/models/ModelEditorPage';
import { ModelsPage } from './pages/models/ModelsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { SyncPage } from './pages/sync/SyncPage';
import { TiersPage } from './pages/tiers/TiersPage';
import { VisitsPage } from './pages/visits/VisitsPage';
import { useSettings } from './stores/settings';

/** The sidebar's sections, in order; each is a route. */
const SECTIONS = [
  { key: '/dashboard', icon: <DashboardOutlined />, label: 'nav.dashboard' },
  { key: '/customers', icon: <TeamOutlined />, label: 'nav.customers' },
  { key: '/tiers', icon: <ClusterOutlined />, label: 'nav.tiers' },
  { key: '/visits', icon: <CarOutlined />, label: 'nav.visits' },
  { key: '/import-export', icon: <SwapOutlined />, label: 'nav.importExport' },
  { key: '/sync', icon: <SyncOutlined />, label: 'sync:nav' },
  { key: '/models', icon: <BarChartOutlined />, label: 'nav.models' },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
] as const;

function Shell() {
  const { t } = useTranslation(['common', 'sync']);
  const navigate = useNavigate();
  const location = useLocation();
  const selected = SECTIONS.find((s) => location.pathname.startsWith(s.key))?.key ?? '/dashboard';
  useEffect(() => {
    document.title = `${t(SECTIONS.find((s) => s.key === selected)?.label ?? 'nav.dashboard')} — ${t('appName')}`;
  }, [selected, t]);
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} theme="dark">
        <div className="app-logo">
          <img src="./icon.svg" alt="" />
          <span>{t('appName')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: t(s.label) }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout.Content style={{ overflow: 'auto', background: '#f5f6f8' }}>
        <Routes>
          <Route path="/" element={<Navigate to="/dashboard" replace />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/customers" element={<CustomersPage />} />
          <Route path="/customers/:id" element={<CustomerDetailPage />} />
          <Route path="/tiers" element={<TiersPage />} />
          <Route path="/visits" element={<VisitsPage />} />
          <Route path="/import-export" element={<ImportExportPage />} />
          <Route path="/sync" element={<SyncPage />} />
          <Route path="/models" element={<ModelsPage />} />
          <Route path="/models/:id" element={<ModelEditorPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/dashboard" replace />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}

export function App() {
  const language = useSettings((s) => s.language);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enGB} theme={{ token: { colorPrimary: '#1f6feb', borderRadius: 6 } }}>
      <AntApp style={{ height: "100%" }}>
        <HashRouter>
          <Shell />
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}
