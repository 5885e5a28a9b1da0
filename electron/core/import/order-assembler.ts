/**
 * Order lines → orders: lines sharing an order number are summed into one order (net amount, line count,
 * dated at its first line) while they are near each other in the file. An order leaves the window, oldest
 * first, once 20,000 newer orders are open, and at the end; its amount and cost are then rounded to minor
 * units (half away from zero) and its kind settled by the sign of its net. An order number met again after
 * it left the window comes out a second time, and the writer merges the two in SQL (same import stamp).
 * Pure: no store, so it runs on the import's worker thread as well as in-thread.
 */
import type { OrderLine } from './order-rows';

export interface AssembledOrder {
  no: string;
  /** the customer as its first line gave it (code, and the name and region for a new customer) */
  code: string;
  name: string | undefined;
  region: string | undefined;
  date: string;
  kind: 'sale' | 'return';
  amount: number;
  cost: number | null;
  quantity: number | null;
  category: string | null;
  lines: number;
}

interface OpenOrder extends Omit<AssembledOrder, 'kind'> {
  kind: 'sale' | 'return' | undefined;
}

const WINDOW = 20_000;

export class OrderAssembler {
  private readonly open = new Map<string, OpenOrder>();
  /** open orders oldest first (a Map's iterator would walk over its deleted entries each time) */
  private queue: OpenOrder[] = [];
  private head = 0;
  private last: OpenOrder | null = null;
  private readonly round: (v: number | null) => number | null;
  lines = 0;

  constructor(
    /** amounts arrive in units of 10^-(2 + scale) (order-rows.ts) */
    scale: number,
    private readonly emit: (order: AssembledOrder) => void,
  ) {
    const f = 10 ** scale;
    // half away from zero, exact for integers below 2^53
    this.round = scale === 0 ? (v) => v : (v) => (v === null ? null : Math.sign(v) * Math.floor((Math.abs(v) + f / 2) / f));
  }

  add(line: OrderLine): void {
    this.lines++;
    let o = this.last !== null && this.last.no === line.orderNo ? this.last : this.open.get(line.orderNo);
    if (o === undefined) {
      o = {
        no: line.orderNo, code: line.code, name: line.name, region: line.region, date: line.date, kind: line.kind,
        amount: line.amount, cost: line.cost, quantity: line.quantity, category: line.category, lines: 1,
      };
      this.open.set(o.no, o);
      this.queue.push(o);
      if (this.open.size > WINDOW) this.closeOldest();
    } else {
      o.amount += line.amount;
      if (line.cost !== null) o.cost = (o.cost ?? 0) + line.cost;
      if (line.quantity !== null) o.quantity = (o.quantity ?? 0) + line.quantity;
      if (line.kind !== undefined) o.kind = line.kind;
      o.lines++;
    }
    this.last = o;
  }

  private closeOldest() {
    const first = this.queue[this.head++];
    if (this.head >= 65_536) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.open.delete(first.no);
    if (this.last === first) this.last = null;
    this.close(first);
  }

  private close(o: OpenOrder) {
    const amount = this.round(o.amount) as number;
    o.amount = amount;
    o.cost = this.round(o.cost);
    o.kind = amount < 0 ? 'return' : (o.kind ?? 'sale');
    this.emit(o as AssembledOrder);
  }

  /** Close every open order, oldest first. */
  finish(): void {
    for (let i = this.head; i < this.queue.length; i++) this.close(this.queue[i]);
    this.open.clear();
    this.queue = [];
    this.head = 0;
    this.last = null;
  }
}
