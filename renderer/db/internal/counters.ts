import type { Table } from 'dexie';
import type { CounterRecord } from '../records';

/**
 * The next `count` values of a named sequence (1, 2, 3… from the first use). Call inside a write
 * transaction: the values are gap-free because an aborted transaction rolls the counter back too.
 */
export async function takeSequence(
  counters: Table<CounterRecord, string>,
  name: string,
  count: number,
): Promise<number[]> {
  const last = (await counters.get(name))?.value ?? 0;
  const values = Array.from({ length: count }, (_, index) => last + index + 1);
  await counters.put({ name, value: last + count });
  return values;
}

export const deviceSeqCounter = 'deviceSeq';

/** One receipt sequence per centre and workstation: the pair is part of the receipt number. */
export function receiptCounter(centreCode: string, workstationCode: string): string {
  return `receipt:${centreCode}-${workstationCode}`;
}
