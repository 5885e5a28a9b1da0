import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookFactsOf, customerFactsAt } from './book-facts';
import { RELATIONSHIP_LEVELS, type CustomerFacts } from './customer-facts';
import { formatDay } from './dates';

const day = fc.option(fc.integer({ min: 0, max: 40_000 }).map(formatDay), { nil: null });
const small = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
const customer: fc.Arbitrary<CustomerFacts> = fc.record({
  customerId: fc.uuid(),
  code: fc.string({ minLength: 1, maxLength: 8 }),
  cooperationStart: day,
  firstOrderDate: day,
  lastOrderDate: day,
  revenue: fc.integer({ min: -1e12, max: 1e12 }),
  orderCount: fc.nat(500),
  activeMonths: fc.nat(120),
  prevRevenue: fc.integer({ min: -1e12, max: 1e12 }),
  cost: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: null }),
  assessment: fc.option(
    fc.record({
      satisfaction: small(5), recommend: small(10), referrals: small(50), influence: small(5), potential: small(5),
      relationship: fc.option(fc.constantFrom(...RELATIONSHIP_LEVELS), { nil: null }),
    }),
    { nil: null },
  ),
  custom: fc.dictionary(fc.constantFrom('employees', 'sites', 'score'), fc.integer({ min: -1e6, max: 1e6 })),
}).map((f) => ({ ...f, name: f.code }));

const allNull = (a: CustomerFacts['assessment']) => !a || Object.values(a).every((v) => v === null);

describe('BookFacts', () => {
  it('holds every fact of customer objects and gives them back', () => {
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 20 }), (facts) => {
        const book = bookFactsOf(facts);
        expect(book.n).toBe(facts.length);
        facts.forEach((f, i) => {
          const back = customerFactsAt(book, i);
          // an assessment without any value is no assessment; custom fields another customer has are absent here too
          expect({ ...back, assessment: back.assessment ?? null, custom: back.custom ?? {} }).toEqual({
            ...f, assessment: allNull(f.assessment) ? null : f.assessment, custom: f.custom,
          });
        });
      }),
    );
  });

  it('marks missing and non-finite values as NaN', () => {
    const book = bookFactsOf([{ customerId: 'a', code: 'A', name: 'A', revenue: Number.NaN, orderCount: 1, activeMonths: 1, prevRevenue: Infinity, lastOrderDate: 'bad' }]);
    expect([book.revenue[0], book.prevRevenue[0], book.lastOrder[0], book.cost[0], book.assessment.potential[0]].every(Number.isNaN)).toBe(true);
    expect(book.orderCount[0]).toBe(1);
  });
});
