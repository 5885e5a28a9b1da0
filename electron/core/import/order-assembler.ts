/**
 * Order lines → orders: lines sharing an order number are summed into one order (net amount, line count,
 * dated at its first line) while they are near each other in the file. An order leaves the window, oldest
 * first, once 20,000 newer orders are open, and at the end; its amount and cost are then rounded to minor
 * units (half away from zero) and its kind settled by the sign of its net. An order number met again after
 * it left the window comes out a second time, and the writer merges the two in SQL (same import stamp).
 *
 * The open orders live in a ring of typed columns, found by order number through a StringTable (its stale
 * entries are cleared every 20,000 orders): no object per order for the collector. Each order's customer is
 * resolved once, at its first line. Pure: no store, so it runs on the import's worker thread as well as
 * in-thread.
 */
import type { OrderColumnsBuilder } from './order-columns';
import type { OrderLine } from './order-rows';
import { StringTable } from './string-table';

const WINDOW = 20_000;
const RING = WINDOW + 1;
const KIND_NONE = 0;
const KIND_SALE = 1;
const KIND_RETURN = 2;

export class OrderAssembler {
  /** order number → its sequence number (stale when below `oldest`) */
  private readonly index = new StringTable(2 * WINDOW);
  private readonly no: string[] = new Array(RING);
  private readonly day = new Int32Array(RING);
  private readonly category: (string | null)[] = new Array(RING);
  private readonly customer = new Int32Array(RING);
  private readonly amount = new Float64Array(RING);
  /** NaN: no line of the order had one */
  private readonly cost = new Float64Array(RING);
  private readonly quantity = new Float64Array(RING);
  private readonly lineCount = new Int32Array(RING);
  private readonly kind = new Uint8Array(RING);
  /** the open orders are the sequence numbers oldest … next - 1 */
  private oldest = 0;
  private next = 0;
  private last = -1;
  private sinceClear = 0;
  private readonly round: (v: number) => number;
  lines = 0;

  constructor(
    /** amounts arrive in units of 10^-(2 + scale) (order-rows.ts) */
    scale: number,
    /** the customer slot of an order's first line */
    private readonly slotOf: (code: string, name: string | undefined, region: string | undefined) => number,
    private readonly out: OrderColumnsBuilder,
  ) {
    const f = 10 ** scale;
    // half away from zero, exact for integers below 2^53 (NaN stays NaN)
    this.round = scale === 0 ? (v) => v : (v) => Math.sign(v) * Math.floor((Math.abs(v) + f / 2) / f);
  }

  add(line: OrderLine): void {
    this.lines++;
    let seq = this.last;
    if (seq < this.oldest || this.no[seq % RING] !== line.orderNo) {
      // an open order's sequence number, or the index now holds the next one for this order number
      seq = this.index.claim(line.orderNo, this.next, this.oldest);
      if (seq === -1) seq = this.open(line);
      else this.merge(seq % RING, line);
    } else {
      this.merge(seq % RING, line);
    }
    this.last = seq;
  }

  /** A new order, at the sequence number `add` claimed in the index for it. */
  private open(line: OrderLine): number {
    const seq = this.next++;
    const r = seq % RING;
    this.no[r] = line.orderNo;
    this.day[r] = line.day;
    this.category[r] = line.category;
    this.customer[r] = this.slotOf(line.code, line.name, line.region);
    this.amount[r] = line.amount;
    this.cost[r] = line.cost ?? NaN;
    this.quantity[r] = line.quantity ?? NaN;
    this.lineCount[r] = 1;
    this.kind[r] = line.kind === 'sale' ? KIND_SALE : line.kind === 'return' ? KIND_RETURN : KIND_NONE;
    if (this.next - this.oldest > WINDOW) this.close(this.oldest++);
    if (++this.sinceClear === WINDOW) this.clearStale();
    return seq;
  }

  private merge(r: number, line: OrderLine) {
    this.amount[r] += line.amount;
    if (line.cost !== null) this.cost[r] = (Number.isNaN(this.cost[r]) ? 0 : this.cost[r]) + line.cost;
    if (line.quantity !== null) this.quantity[r] = (Number.isNaN(this.quantity[r]) ? 0 : this.quantity[r]) + line.quantity;
    if (line.kind !== undefined) this.kind[r] = line.kind === 'sale' ? KIND_SALE : KIND_RETURN;
    this.lineCount[r]++;
  }

  /** Keep only the open orders in the index (it would fill with the numbers of closed ones). */
  private clearStale() {
    this.sinceClear = 0;
    this.index.clear();
    for (let seq = this.oldest; seq < this.next; seq++) this.index.set(this.no[seq % RING], seq);
  }

  private close(seq: number) {
    const r = seq % RING;
    const amount = this.round(this.amount[r]);
    const isReturn = amount < 0 || this.kind[r] === KIND_RETURN;
    this.out.push(this.no[r], this.day[r], this.category[r], this.customer[r], amount, this.round(this.cost[r]), this.quantity[r], this.lineCount[r], isReturn);
    this.no[r] = '';
    this.category[r] = null;
  }

  /** Close every open order, oldest first. */
  finish(): void {
    while (this.oldest < this.next) this.close(this.oldest++);
    this.index.clear();
    this.sinceClear = 0;
    this.last = -1;
  }
}
