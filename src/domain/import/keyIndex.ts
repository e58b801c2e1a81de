// The checked records by key, read-only. It reads through the key → position map that the
// parser or the check built once (a Map of 100,000 records per copy was the import's second
// and third copy of the same keys) and, when the check left records aside, through the array
// that maps each record's position before the check to its position after (-1: left aside).
import type { RawRecord } from "./types.ts";

export class KeyIndex implements ReadonlyMap<string, RawRecord> {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly kept: Int32Array | null,
    private readonly records: readonly RawRecord[],
  ) {}

  /** Position in the checked records, or -1. */
  positionOf(key: string): number {
    const at = this.positions.get(key);
    if (at === undefined) return -1;
    return this.kept ? (this.kept[at] as number) : at;
  }

  get(key: string): RawRecord | undefined {
    const at = this.positionOf(key);
    return at < 0 ? undefined : this.records[at];
  }

  has(key: string): boolean {
    return this.positionOf(key) >= 0;
  }

  get size(): number {
    return this.records.length;
  }

  *entries(): MapIterator<[string, RawRecord]> {
    for (const r of this.records) yield [r.key, r];
  }

  *keys(): MapIterator<string> {
    for (const r of this.records) yield r.key;
  }

  *values(): MapIterator<RawRecord> {
    yield* this.records;
  }

  [Symbol.iterator](): MapIterator<[string, RawRecord]> {
    return this.entries();
  }

  forEach(callback: (value: RawRecord, key: string, map: ReadonlyMap<string, RawRecord>) => void, thisArg?: unknown): void {
    for (const r of this.records) callback.call(thisArg, r, r.key, this);
  }
}
