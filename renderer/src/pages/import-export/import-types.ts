import type { ImportResult } from '../../../../shared/ipc/channels/import';

export type ImportKind = 'customers' | 'orders' | 'assessments';
export type ImportFormat = 'generic' | 'online-retail' | 'cdnow';
export type ImportMode = 'all-or-nothing' | 'skip-bad-rows';
export type Mapping = Record<string, number | null>;

export interface RowProblem {
  row: number;
  column: string;
  value: string;
  message: string;
}

/** What the last import did: its result, or why nothing was written (with every problem the core listed). */
export interface ImportOutcome {
  result: ImportResult | null;
  failure: string | null;
  problems: RowProblem[];
  problemCount: number;
  reportFile: string | null;
}

/** Column letters as spreadsheets show them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The folder of a file the core wrote (its error reports go straight into the exports folder). */
export const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');
