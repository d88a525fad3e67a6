/**
 * Growable columns of numbers in typed arrays: a cohort's hundreds of thousands of lines kept a
 * few numbers each, without an object per line or the copying of a growing plain array.
 */
export class Column<A extends Int32Array | Float64Array> {
  /** The first `length` entries are the column's; the rest is room to grow. */
  length = 0;

  constructor(
    public data: A,
    private readonly make: (n: number) => A,
  ) {}

  set(k: number, v: number): void {
    if (k >= this.data.length) {
      const bigger = this.make(Math.max(1024, k + 1, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[k] = v;
    if (k >= this.length) this.length = k + 1;
  }

  push(v: number): void {
    this.set(this.length, v);
  }
}

export const ints = (): Column<Int32Array> => new Column(new Int32Array(1024), (n) => new Int32Array(n));
export const doubles = (): Column<Float64Array> => new Column(new Float64Array(1024), (n) => new Float64Array(n));
