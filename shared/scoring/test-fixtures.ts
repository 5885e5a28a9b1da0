import type { CustomerFacts } from './customer-facts';

/** A customer with no activity; override what a test needs. Test helper only. */
export function facts(over: Partial<CustomerFacts> & { code: string }): CustomerFacts {
  return {
    customerId: `id-${over.code}`,
    name: `Customer ${over.code}`,
    revenue: 0,
    orderCount: 0,
    activeMonths: 0,
    prevRevenue: 0,
    ...over,
  };
}

/** Deterministic pseudo-random book of n customers (LCG), for determinism and speed tests. */
export function syntheticBook(n: number, seed = 1): CustomerFacts[] {
  let s = seed;
  const rnd = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const out: CustomerFacts[] = [];
  for (let i = 0; i < n; i++) {
    const orders = Math.floor(rnd() * 30);
    const month = 1 + Math.floor(rnd() * 9);
    out.push({
      customerId: `cust-${i}`,
      code: `C${String(i).padStart(6, '0')}`,
      name: `Customer ${i}`,
      revenue: orders === 0 ? 0 : Math.floor(rnd() * 2e9) - 1e7,
      orderCount: orders,
      activeMonths: Math.min(orders, Math.floor(rnd() * 13)),
      prevRevenue: Math.floor(rnd() * 1e9),
      lastOrderDate: orders === 0 ? null : `2025-0${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      cooperationStart: rnd() < 0.8 ? `20${10 + Math.floor(rnd() * 15)}-05-02` : null,
      cost: rnd() < 0.5 ? Math.floor(rnd() * 1e8) : null,
      assessment: rnd() < 0.7 ? { influence: 1 + Math.floor(rnd() * 5), potential: 1 + Math.floor(rnd() * 5), satisfaction: 3 } : null,
    });
  }
  return out;
}
