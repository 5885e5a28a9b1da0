/** The bilingual errors of an import: file-level problems and the per-cell problems of bad rows. */
import path from 'node:path';
import type { Msg } from '../../../shared/import';
import { AppError, type ErrorDetails } from '../../../shared/ipc/errors';

/** How many problems an import lists (and puts in its error report); the count covers them all. */
export const MAX_LISTED = 1000;

/** One problem in one cell of the source file (row is the 1-based source row). */
export interface ImportIssue {
  row: number;
  column: string;
  value: string;
  message: Msg;
}

export function badFile(file: string, message: Msg, details: ErrorDetails = {}): AppError {
  const name = path.basename(file);
  return new AppError('bad_file', { zh: `${name}：${message.zh}`, en: `${name}: ${message.en}` }, { file, ...details });
}

export function cancelledError(): AppError {
  return new AppError('cancelled', { zh: '导入已取消，没有写入任何数据', en: 'The import was cancelled; nothing was written' });
}

/** All-or-nothing import with bad rows: nothing was written; the details list every problem found. */
export function badRowsError(file: string, errors: ImportIssue[], errorCount: number, reportFile: string | null): AppError {
  const first = errors[0];
  const where = first ? { zh: `第 ${first.row} 行“${first.column}”列：${first.message.zh}`, en: `row ${first.row}, column '${first.column}': ${first.message.en}` } : { zh: '', en: '' };
  return badFile(
    file,
    {
      zh: `有 ${errorCount} 处错误，未导入任何数据。${where.zh}`,
      en: `${errorCount} problem(s) found, nothing was imported. First: ${where.en}`,
    },
    {
      row: first?.row,
      column: first?.column,
      errorCount,
      errors: errors.map((e) => ({ file, row: e.row, column: e.column, value: e.value, expected: e.message })),
      reportFile,
    },
  );
}

/** A missing required column is a file-level problem: every row would fail the same way. */
export function missingColumnsError(file: string, labels: Msg[], headers: string[]): AppError {
  return badFile(
    file,
    {
      zh: `缺少必填列：${labels.map((l) => l.zh).join('、')}（文件的列：${headers.join('、')}）`,
      en: `required column(s) missing: ${labels.map((l) => l.en).join(', ')} (the file has: ${headers.join(', ')})`,
    },
    { missing: labels.map((l) => l.en), headers },
  );
}

/** A record over the parser's length cap (delimited-stream-parser.ts): most often a quote that never closes. */
export function recordTooLongError(file: string, line: number, quoteLine: number | null, maxChars: number): AppError {
  const size = `${Math.round(maxChars / (1 << 20))} MB`;
  const message = quoteLine
    ? {
        zh: `第 ${quoteLine} 行的引号（"）没有闭合：从第 ${line} 行起的一条记录超过了 ${size}，未导入任何数据。请检查第 ${quoteLine} 行的引号`,
        en: `the quote (") opened on line ${quoteLine} is never closed: the record starting on line ${line} runs past ${size}; nothing was imported. Check the quotes on line ${quoteLine}`,
      }
    : {
        zh: `第 ${line} 行超过 ${size}，不像表格的一行（文件可能不是 CSV/TXT 表格），未导入任何数据`,
        en: `line ${line} is longer than ${size}, too long for a table row (the file may not be a CSV/TXT table); nothing was imported`,
      };
  return badFile(file, message, { row: line, line: quoteLine ?? line, quoteLine, maxRecordChars: maxChars });
}
