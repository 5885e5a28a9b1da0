/**
 * Header synonyms per import kind and field, Chinese and English. Compared after normalizeHeader
 * (case, width, spaces and punctuation ignored), so 'Customer ID', 'customer_id' and 'ＣｕｓｔｏｍｅｒＩＤ'
 * are one synonym. Earlier entries are the more specific ones.
 */
import type { FieldKey, ImportKind } from './fields';

const CUSTOMER_CODE = ['客户编号', '客户编码', '客户代码', '客户号', '客户id', '客户ID', '客户代号', 'Customer ID', 'CustomerID', 'Customer No', 'Customer Number', 'Customer Code', 'Cust Code', 'Cust ID', 'Cust No', 'Client ID', 'Account No', 'Account Number'];
const CUSTOMER_NAME = ['客户名称', '客户名', '客户全称', '公司名称', '单位名称', '企业名称', '客户', '公司', 'Customer Name', 'Company Name', 'Customer', 'Company', 'Client', 'Account Name', 'Client Name'];
const DATE_WORDS = ['日期', 'Date'];

export const SYNONYMS: { [K in ImportKind]: Record<FieldKey<K>, readonly string[]> } = {
  customers: {
    code: CUSTOMER_CODE,
    name: [...CUSTOMER_NAME, '名称', 'Name'],
    industry: ['行业', '所属行业', '行业类别', 'Industry', 'Sector'],
    region: ['地区', '区域', '省份', '省', '大区', '国家', 'Region', 'Province', 'State', 'Country', 'Area', 'Territory'],
    city: ['城市', '所在城市', '市', 'City', 'Town'],
    address: ['地址', '详细地址', '公司地址', '联系地址', 'Address', 'Street'],
    contactName: ['联系人', '联系人姓名', '对接人', 'Contact', 'Contact Name', 'Contact Person'],
    contactPhone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', 'Phone', 'Mobile', 'Tel', 'Telephone', 'Phone Number', 'Contact Phone'],
    contactEmail: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'Email', 'E-mail', 'Mail', 'Contact Email'],
    ownerRep: ['负责人', '业务员', '销售代表', '客户经理', '销售', '跟进人', 'Owner', 'Sales Rep', 'Rep', 'Account Manager', 'Salesperson', 'Account Owner'],
    status: ['状态', '客户状态', 'Status', 'Customer Status'],
    cooperationStart: ['合作开始', '合作开始日期', '合作日期', '合作起始日期', '首次合作', '首次合作日期', '建档日期', 'Since', 'Customer Since', 'Start Date', 'Cooperation Start'],
    tags: ['标签', '客户标签', 'Tags', 'Tag', 'Labels'],
  },
  orders: {
    orderNo: ['订单号', '订单编号', '单号', '单据编号', '单据号', '发票号', '发票号码', 'Order No', 'Order Number', 'Order ID', 'OrderNo', 'Invoice No', 'InvoiceNo', 'Invoice Number', 'Invoice', 'Document No'],
    customerCode: CUSTOMER_CODE,
    date: ['下单日期', '订单日期', '交易日期', '销售日期', '开票日期', '单据日期', ...DATE_WORDS, 'Order Date', 'InvoiceDate', 'Invoice Date', 'Transaction Date', 'Sale Date'],
    amount: ['订单金额', '金额', '销售额', '销售金额', '实收金额', '含税金额', '价税合计', '总金额', '净额', 'Amount', 'Net Amount', 'Total', 'Revenue', 'Sales', 'Order Amount', 'Total Amount', 'Dollar Value', 'Value'],
    kind: ['类型', '单据类型', '订单类型', '业务类型', 'Kind', 'Type', 'Order Type'],
    cost: ['成本', '成本金额', '销售成本', 'Cost', 'COGS'],
    quantity: ['数量', '销量', '件数', 'Quantity', 'Qty', 'Units', 'Number of CDs', 'Items'],
    unitPrice: ['单价', '含税单价', 'Unit Price', 'UnitPrice', 'Price'],
    category: ['类别', '品类', '产品类别', '商品类别', 'Category', 'Product Category'],
    customerName: CUSTOMER_NAME,
  },
  assessments: {
    customerCode: CUSTOMER_CODE,
    date: ['评估日期', '调查日期', '问卷日期', ...DATE_WORDS, 'Assessment Date', 'Survey Date'],
    satisfaction: ['满意度', '客户满意度', 'Satisfaction', 'CSAT'],
    recommend: ['推荐意愿', '推荐度', '净推荐值', 'NPS', 'Recommend', 'Likelihood to Recommend'],
    referrals: ['转介绍', '转介绍数', '推荐客户数', 'Referrals', 'Referral Count'],
    influence: ['影响力', '行业影响力', 'Influence'],
    potential: ['潜力', '发展潜力', '成长潜力', 'Potential'],
    relationship: ['关系类型', '关系', '客户关系', 'Relationship', 'Relationship Type'],
    assessor: ['评估人', '评估者', '调查人', '填写人', 'Assessor', 'Rater', 'Surveyor'],
    note: ['备注', '说明', '评语', 'Note', 'Notes', 'Comment', 'Comments', 'Remark', 'Remarks'],
  },
};
