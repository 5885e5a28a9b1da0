/** Word lists for the demo book: plausible Chinese B2B customers across regions and industries. */
export const REGIONS: readonly { region: string; cities: readonly string[] }[] = [
  { region: '华北', cities: ['北京', '天津', '石家庄', '太原'] },
  { region: '华东', cities: ['上海', '杭州', '南京', '苏州', '宁波', '合肥', '济南', '青岛'] },
  { region: '华南', cities: ['广州', '深圳', '东莞', '佛山', '厦门', '福州'] },
  { region: '华中', cities: ['武汉', '长沙', '郑州', '南昌'] },
  { region: '西南', cities: ['成都', '重庆', '昆明', '贵阳'] },
  { region: '西北', cities: ['西安', '兰州', '乌鲁木齐'] },
  { region: '东北', cities: ['沈阳', '大连', '哈尔滨', '长春'] },
];

export const INDUSTRIES = ['制造', '零售', '批发', '医药', '建材', '电子', '食品', '物流', '餐饮', '教育'] as const;

export const NAME_PREFIXES = ['华', '鑫', '恒', '盛', '宏', '永', '金', '泰', '瑞', '嘉', '东', '新', '德', '博', '信', '安', '联', '中', '天', '海'];
export const NAME_SUFFIXES = ['达', '源', '通', '丰', '利', '兴', '远', '科', '创', '诚', '隆', '发', '业', '昌', '顺', '益'];
export const COMPANY_KINDS = ['贸易有限公司', '科技有限公司', '实业有限公司', '商贸有限公司', '制造有限公司', '供应链有限公司'];

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '磊', '强', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '霞', '平'];

export const TAGS = ['重点', '新客', '经销商', '长期合作', '价格敏感', '战略'] as const;
export const CATEGORIES = ['原材料', '配件', '成品', '服务', '耗材'] as const;
export const RELATIONSHIPS = ['basic', 'passive', 'responsible', 'proactive', 'partner'] as const;
