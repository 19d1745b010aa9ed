import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/my-terms/records';

const byName = (id: string, { name }: Record<string, unknown>) => (typeof name === 'string' ? { id, name } : undefined);

describe('readRecords', () => {
  it('keeps the first record of each id and counts what it could not read', () => {
    const reading = readRecords(
      [
        { id: 'a', name: 'one' },
        { id: 'a', name: 'again' },
        { id: '', name: 'no id' },
        { id: 'x'.repeat(201), name: 'long id' },
        'text',
        null,
        { id: 'b' },
        { id: 'c', name: 'three' },
      ],
      byName,
    );
    expect(reading.records).toEqual([
      { id: 'a', name: 'one' },
      { id: 'c', name: 'three' },
    ]);
    expect(reading.dropped).toBe(6);
  });

  it('drops records past the cap, counted', () => {
    const reading = readRecords(
      [1, 2, 3].map((n) => ({ id: `t${n}`, name: String(n) })),
      byName,
      2,
    );
    expect(reading.records.map((r) => r.id)).toEqual(['t1', 't2']);
    expect(reading.dropped).toBe(1);
  });

  it('reads nothing stored as empty, and anything else that is not a list as one dropped', () => {
    expect(readRecords(undefined, byName)).toEqual({ records: [], dropped: 0 });
    expect(readRecords(null, byName)).toEqual({ records: [], dropped: 0 });
    expect(readRecords({ id: 'a', name: 'one' }, byName)).toEqual({ records: [], dropped: 1 });
  });
});
