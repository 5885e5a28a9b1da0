/**
 * Workbooks that cannot be read: each gives a bad_file error naming the file and saying what to do (zh and en),
 * thrown inside the import's promise, and leaves the store's content exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { fixtureBook, run, snapshot, tempDir } from './import-test-kit';
import { previewImport } from './preview-import';
import { MAX_INFLATED_BYTES, MAX_WORKBOOK_BYTES } from './workbook-file';
import { deflatedZeros, writeBook, zipOf } from './workbook-test-kit';

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await fixtureBook();
  dir = tempDir();
});
afterAll(() => core.close());

async function refused(file: string): Promise<AppError> {
  const before = snapshot(core);
  const error = await run(core, { file, kind: 'orders' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  expect((error as AppError).code).toBe('bad_file');
  expect(snapshot(core)).toEqual(before);
  // the preview refuses it the same way
  const previewed = await previewImport(core, { file, kind: 'orders' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect((previewed as AppError).bilingual).toEqual((error as AppError).bilingual);
  return error as AppError;
}

const write = (name: string, content: Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

const rows = [['订单号', '客户编号', '下单日期', '金额'], ...Array.from({ length: 3000 }, (_, i) => [`B-${i}`, 'KH001', '2024-01-01', i])];

describe('broken workbooks change nothing', () => {
  it('a zero-byte .xlsx', async () => {
    const e = await refused(write('空.xlsx', new Uint8Array()));
    expect(e.bilingual).toEqual({ zh: '空.xlsx：文件是空的', en: '空.xlsx: the file is empty' });
  });

  it('a PDF renamed to .xlsx, and to .xls', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(2000, 0)]);
    for (const name of ['报表.xlsx', '报表.xls']) {
      const e = await refused(write(name, pdf));
      expect(e.bilingual.en).toBe(`${name}: the content is not an Excel or ODS workbook (it may be another kind of file with a renamed extension). Open the original in Excel or WPS, save it as .xlsx or CSV and import that file`);
      expect(e.bilingual.zh).toMatch(new RegExp(`^${name.replace('.', '\\.')}：文件内容不是 Excel 或 ODS 工作簿`));
    }
  });

  it('a truncated .xls and a truncated .ods', async () => {
    for (const type of ['biff8', 'ods'] as const) {
      const full = fs.readFileSync(writeBook(dir, `whole-${type}`, type, [{ name: 'Orders', rows }]));
      const name = `cut-${type}${type === 'ods' ? '.ods' : '.xls'}`;
      const e = await refused(write(name, full.subarray(0, Math.floor(full.length * 0.6))));
      expect(e.bilingual.en).toBe(`${name}: the Excel file is damaged or incomplete and cannot be read (open it in Excel or WPS and save it again)`);
      expect(e.bilingual.zh).toBe(`${name}：Excel 文件已损坏或不完整，无法读取（请在 Excel 或 WPS 中打开并重新保存）`);
    }
  });

  it('a password-protected .xlsx (an OLE file holding EncryptionInfo and EncryptedPackage, as Excel writes it)', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    const info = '<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(info)]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(8192, 7));
    const e = await refused(write('加密.xlsx', XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer));
    expect(e.bilingual.en).toMatch(/^加密\.xlsx: the workbook is protected by a password and cannot be read\. Open it in Excel or WPS, remove the password/);
    expect(e.bilingual.zh).toMatch(/^加密\.xlsx：工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码/);
  });

  it('a workbook whose sheets are all hidden, unless one is named', async () => {
    const file = writeBook(dir, 'hidden', 'xlsx', [{ name: 'A', rows, hidden: 1 }, { name: 'B', rows: [['x']], hidden: 2 }]);
    const e = await refused(file);
    expect(e.bilingual.en).toBe('hidden.xlsx: every worksheet of the workbook is hidden (A, B). Name the sheet to import');
    expect(e.bilingual.zh).toBe('hidden.xlsx：工作簿里的工作表都是隐藏的（A、B）。请指定要导入的工作表');
  });

  it(`a workbook file past ${MAX_WORKBOOK_BYTES / 2 ** 20} MB`, async () => {
    const file = write('huge.xlsx', Buffer.from('PK\x03\x04', 'latin1'));
    fs.truncateSync(file, MAX_WORKBOOK_BYTES + 1); // sparse: no disk used
    const e = await refused(file);
    expect(e.bilingual.en).toBe('huge.xlsx: the workbook is too large to read safely (256 MB; the limit is 256 MB). Save the sheet to import as CSV (UTF-8) and import that file; CSV files have no size limit');
    expect(e.bilingual.zh).toMatch(/^huge\.xlsx：工作簿太大，无法安全读取（256 MB，上限 256 MB）。请把要导入的工作表另存为 CSV（UTF-8）后导入/);
  });

  it('zip bombs: one that declares what it unpacks to, and one that lies about it', async () => {
    const bomb = await deflatedZeros(MAX_INFLATED_BYTES + (1 << 20));
    expect(bomb.length).toBeLessThan(2 << 20);
    const honest = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size: MAX_INFLATED_BYTES + (1 << 20) }]);
    const liar = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), method: 0, size: 8 },
      { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size: 1000 },
    ]);
    for (const [name, bytes] of [['bomb.xlsx', honest], ['liar.xlsx', liar]] as const) {
      const e = await refused(write(name, bytes));
      expect(e.bilingual.en).toBe(`${name}: the workbook unpacks to more than 256 MB, too much to read safely (too much data, or a maliciously packed file). Save the sheet to import as CSV (UTF-8) and import that file`);
      expect(e.bilingual.zh).toMatch(new RegExp(`^${name.replace('.', '\\.')}：工作簿解压后超过 256 MB，无法安全读取`));
    }
  });

  it('a zip whose directory points at nothing: damaged', async () => {
    const good = zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0, size: 11 }]);
    good.writeUInt32LE(5, good.length - 22 + 16); // the directory's offset
    const e = await refused(write('moved.xlsx', good));
    expect(e.bilingual.en).toMatch(/^moved\.xlsx: the Excel file is damaged or incomplete/);
  });
});
