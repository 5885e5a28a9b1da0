/** Shell, navigation and words used on many screens. The English file must have the same keys (type-checked). */
export const common = {
  appName: 'TierDesk 客户分层',
  nav: {
    dashboard: '概览',
    customers: '客户',
    tiers: '分层',
    visits: '拜访',
    importExport: '导入 / 导出',
    models: '评级模型',
    settings: '设置',
  },
  actions: {
    save: '保存',
    cancel: '取消',
    create: '新建',
    edit: '编辑',
    archive: '归档',
    restore: '恢复',
    search: '搜索',
    reset: '重置',
    back: '返回',
    close: '关闭',
    retry: '重试',
    confirm: '确定',
  },
  status: {
    prospect: '潜在',
    active: '活跃',
    dormant: '休眠',
    churned: '流失',
    archived: '已归档',
  },
  messages: {
    saved: '已保存',
    loadFailed: '加载失败',
    noTier: '未评级',
    none: '无',
    unknownError: '出错了',
  },
  empty: {
    noData: '暂无数据',
  },
};
