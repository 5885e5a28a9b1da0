type Typed = Int32Array | Float64Array | Uint8Array;

/** A copy of a typed array in a larger one of the same kind (for column builders that double as they fill). */
export function grown<T extends Typed>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
