/** A record the user can put in the trash and take back (projects, processes) instead of losing it at once. */
export interface Trashable {
  /** When it went to the trash; null while it is in use. */
  deletedAt: number | null;
}

export const isLive = (record: Trashable): boolean => record.deletedAt === null;

/** The trash lists what went in last first: that is what a user who regrets a deletion looks for. */
export function trashedNewestFirst<T extends Trashable>(records: readonly T[]): T[] {
  return records.filter((record) => !isLive(record)).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
