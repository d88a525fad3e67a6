/**
 * The cohort's applicants as the workers hand them to the page: their figures in one transferable
 * Float64Array, their ids and names as one JSON text each. Sent as 50,000 objects a shard (each
 * with its ranges), the list cost the page's thread most of a second to receive — a message is
 * decoded on that thread when its data is first read — and the page answered nothing meanwhile.
 * The page builds an applicant's object only for the rows it draws.
 */
import type { ApplicantTotal } from "@/lib/batch/batch-report";

/** Per applicant: row, 确定, 最高, cut 确定, cut 最高, amounts not written, flags. */
const WIDTH = 7;
const ELIGIBLE = 1;
const IN_FORCE = 2;
const PENDING = 4;

export interface ApplicantColumns {
  figures: Float64Array;
  /** JSON of the ids, in the order of `figures`. */
  ids: string;
  /** JSON of the names ("" where none). */
  names: string;
}

export const toColumns = (applicants: readonly ApplicantTotal[]): ApplicantColumns => {
  const figures = new Float64Array(applicants.length * WIDTH);
  applicants.forEach((a, i) => {
    const at = i * WIDTH;
    figures[at] = a.row;
    figures[at + 1] = a.total.min;
    figures[at + 2] = a.total.max;
    figures[at + 3] = a.cut.min;
    figures[at + 4] = a.cut.max;
    figures[at + 5] = a.unquantified;
    figures[at + 6] = (a.eligible ? ELIGIBLE : 0) | (a.inForce ? IN_FORCE : 0) | (a.pending ? PENDING : 0);
  });
  return { figures, ids: JSON.stringify(applicants.map((a) => a.id)), names: JSON.stringify(applicants.map((a) => a.name ?? "")) };
};

/** Every shard's applicants, one after another; ranked and searched without an object per applicant. */
export class ApplicantList {
  readonly length: number;
  private readonly figures: Float64Array;
  private readonly parts: readonly ApplicantColumns[];
  private texts?: { ids: string[]; names: string[] };

  constructor(parts: readonly ApplicantColumns[]) {
    this.parts = parts;
    this.length = parts.reduce((n, p) => n + p.figures.length / WIDTH, 0);
    this.figures = new Float64Array(this.length * WIDTH);
    let at = 0;
    for (const p of parts) {
      this.figures.set(p.figures, at);
      at += p.figures.length;
    }
  }

  private figure = (i: number, k: number) => this.figures[i * WIDTH + k]!;

  /** The ids and names, read when the table first draws a row (after the totals, in a render of its own). */
  private get ids() {
    return (this.texts ??= this.read()).ids;
  }

  private get names() {
    return (this.texts ??= this.read()).names;
  }

  private read = () => ({ ids: this.parts.flatMap((p) => JSON.parse(p.ids) as string[]), names: this.parts.flatMap((p) => JSON.parse(p.names) as string[]) });

  at(i: number): ApplicantTotal {
    const flags = this.figure(i, 6);
    const name = this.names[i];
    return {
      id: this.ids[i]!,
      ...(name ? { name } : {}),
      row: this.figure(i, 0),
      eligible: (flags & ELIGIBLE) !== 0,
      inForce: (flags & IN_FORCE) !== 0,
      total: { min: this.figure(i, 1), max: this.figure(i, 2) },
      cut: { min: this.figure(i, 3), max: this.figure(i, 4) },
      unquantified: this.figure(i, 5),
      pending: (flags & PENDING) !== 0,
    };
  }

  /** Positions largest first (最高, then 确定), ties in file order: the same order whatever shard an applicant was in. */
  ranked(): Uint32Array {
    const order = Uint32Array.from({ length: this.length }, (_, i) => i);
    return order.sort((a, b) => this.figure(b, 2) - this.figure(a, 2) || this.figure(b, 1) - this.figure(a, 1) || this.figure(a, 0) - this.figure(b, 0));
  }

  /** Whether the applicant's id or name contains the (lower-case) text. */
  matches(i: number, lower: string): boolean {
    return this.ids[i]!.toLowerCase().includes(lower) || this.names[i]!.toLowerCase().includes(lower);
  }
}
