/** Typed records produced by mapRow (money in integer minor units, dates ISO 'YYYY-MM-DD'). */
import type { CustomerStatus, OrderKind, Relationship } from './enums';
import type { Msg } from './text';

/** Unmapped columns kept by header name when MapRowOptions.customColumns asks for them. */
export type CustomColumns = Record<string, string>;

/** Optional fields are absent when the column is unmapped or the cell empty (an import then leaves the stored value alone). */
export interface CustomerRecord {
  code: string;
  name: string;
  industry?: string;
  region?: string;
  city?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  ownerRep?: string;
  status?: CustomerStatus;
  cooperationStart?: string;
  tags?: string[];
  custom?: CustomColumns;
}

/** A sale has a positive (or zero) amount; a return a negative one. */
export interface OrderRecord {
  orderNo: string;
  customerCode: string;
  customerName?: string;
  date: string;
  /** 'HH:MM:SS' when the date cell carried a time. */
  time?: string;
  kind: OrderKind;
  /** Net amount in minor units. */
  amount: number;
  cost?: number;
  quantity?: number;
  unitPrice?: number;
  category?: string;
  custom?: CustomColumns;
}

export interface AssessmentRecord {
  customerCode: string;
  date: string;
  satisfaction?: number;
  recommend?: number;
  referrals?: number;
  influence?: number;
  potential?: number;
  relationship?: Relationship;
  assessor?: string;
  note?: string;
  custom?: CustomColumns;
}

export interface RecordMap {
  customers: CustomerRecord;
  orders: OrderRecord;
  assessments: AssessmentRecord;
}

/** One problem in one cell. `column` is the header text (or 'column N'; '' when the field has no column). */
export interface RowIssue {
  column: string;
  field: string;
  value: string;
  message: Msg;
}
