/** The bilingual bad_file messages of a workbook import: each says what is wrong and what to do. */
import type { AppError } from '../../../shared/ipc/errors';
import { badFile } from './import-errors';

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round(bytes / MB);

export const damagedWorkbook = (file: string): AppError =>
  badFile(file, {
    zh: 'Excel 文件已损坏或不完整，无法读取（请在 Excel 或 WPS 中打开并重新保存）',
    en: 'the Excel file is damaged or incomplete and cannot be read (open it in Excel or WPS and save it again)',
  });

export const passwordProtected = (file: string): AppError =>
  badFile(file, {
    zh: '工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）并保存后再导入',
    en: 'the workbook is protected by a password and cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and import it again',
  });

export const notAWorkbook = (file: string): AppError =>
  badFile(file, {
    zh: '文件内容不是 Excel 或 ODS 工作簿（可能是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开原文件，另存为 .xlsx 或 CSV 后再导入',
    en: 'the content is not an Excel or ODS workbook (it may be another kind of file with a renamed extension). Open the original in Excel or WPS, save it as .xlsx or CSV and import that file',
  });

export const workbookTooLarge = (file: string, bytes: number, limit: number): AppError =>
  badFile(
    file,
    {
      zh: `工作簿太大，无法安全读取（${mb(bytes)} MB，上限 ${mb(limit)} MB）。请把要导入的工作表另存为 CSV（UTF-8）后导入，CSV 没有大小限制`,
      en: `the workbook is too large to read safely (${mb(bytes)} MB; the limit is ${mb(limit)} MB). Save the sheet to import as CSV (UTF-8) and import that file; CSV files have no size limit`,
    },
    { bytes, limit },
  );

export const workbookUnpacksTooLarge = (file: string, limit: number): AppError =>
  badFile(
    file,
    {
      zh: `工作簿解压后超过 ${mb(limit)} MB，无法安全读取（数据过多，或是恶意构造的压缩文件）。请把要导入的工作表另存为 CSV（UTF-8）后导入`,
      en: `the workbook unpacks to more than ${mb(limit)} MB, too much to read safely (too much data, or a maliciously packed file). Save the sheet to import as CSV (UTF-8) and import that file`,
    },
    { limit },
  );

export const sheetNotFound = (file: string, sheet: string, names: string[]): AppError =>
  badFile(
    file,
    {
      zh: `找不到工作表“${sheet}”（工作簿里的工作表：${names.join('、')}）`,
      en: `there is no worksheet '${sheet}' (the workbook has: ${names.join(', ')})`,
    },
    { sheet, sheets: names },
  );

export const noVisibleSheet = (file: string, names: string[]): AppError =>
  names.length === 0
    ? badFile(file, { zh: '工作簿里没有工作表', en: 'the workbook has no worksheet' })
    : badFile(
        file,
        {
          zh: `工作簿里的工作表都是隐藏的（${names.join('、')}）。请指定要导入的工作表`,
          en: `every worksheet of the workbook is hidden (${names.join(', ')}). Name the sheet to import`,
        },
        { sheets: names },
      );
