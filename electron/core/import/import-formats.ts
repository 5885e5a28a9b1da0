/**
 * Format adapters: presets over the one generic pipeline (a mapping by header names, how to read the
 * file, and a few row rules), never a separate import path.
 */
import type { OrderKind } from '../../../shared/import';

export type ImportFormat = 'generic' | 'online-retail' | 'cdnow';

export interface FormatPreset {
  /** orders.source for orders from this format (external_no is unique per source). */
  source: string;
  /** Columns split on runs of spaces (CDNOW). */
  whitespace?: boolean;
  /** field → header name in the file. */
  columns: Record<string, string>;
  /** field → column index when the file has no header line. */
  indexes?: Record<string, number>;
  /** Header that becomes the new customers' region. */
  regionColumn?: string;
  /** Lines with an empty customer code are skipped and counted, not errors. */
  skipWithoutCustomer?: boolean;
  /** Order kind from the order number (Online Retail: 'C…' invoices are credit notes, i.e. returns). */
  kindFromOrderNo?: (orderNo: string) => OrderKind | undefined;
  /** One order per row, numbered `<customer>-<date>-<n>` (n counts the customer's orders that day). */
  syntheticOrderNo?: boolean;
}

export const FORMAT_PRESETS: Record<Exclude<ImportFormat, 'generic'>, FormatPreset> = {
  'online-retail': {
    source: 'online-retail',
    columns: { orderNo: 'InvoiceNo', customerCode: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', unitPrice: 'UnitPrice' },
    regionColumn: 'Country',
    skipWithoutCustomer: true,
    kindFromOrderNo: (no) => (no.startsWith('C') ? 'return' : undefined),
  },
  cdnow: {
    source: 'cdnow',
    whitespace: true,
    columns: { customerCode: 'customer_id', date: 'date', quantity: 'number_of_cds', amount: 'dollar_value' },
    indexes: { customerCode: 0, date: 1, quantity: 2, amount: 3 },
    syntheticOrderNo: true,
  },
};
