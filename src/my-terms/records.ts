/**
 * Stored or imported lists of My terms records (lookups, saved terms) read the same way: each
 * record by its term id, the first of an id kept, anything unreadable dropped and counted,
 * never thrown on (a damaged list loses its bad records, not the rest).
 */
export interface RecordsReading<T> {
  records: T[];
  /** Records that could not be read (and are not kept). */
  dropped: number;
}

const ID_MAX = 200;

/** `read` turns one record (its fields, with a valid `id`) into a value, or undefined when it cannot. */
export function readRecords<T>(
  value: unknown,
  read: (id: string, fields: Record<string, unknown>) => T | undefined,
  cap = Infinity,
): RecordsReading<T> {
  if (!Array.isArray(value)) return { records: [], dropped: value === undefined || value === null ? 0 : 1 };
  const records: T[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const item of value) {
    const fields = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { id } = fields;
    const record =
      typeof id === 'string' && id !== '' && id.length <= ID_MAX && !seen.has(id) && records.length < cap ? read(id, fields) : undefined;
    if (record === undefined) {
      dropped++;
      continue;
    }
    seen.add(id as string);
    records.push(record);
  }
  return { records, dropped };
}
