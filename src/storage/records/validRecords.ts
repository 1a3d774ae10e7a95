import * as v from 'valibot';
import { recordSchemas, type RecordOf, type TableName } from './recordSchemas';

/** What is wrong with one field of a stored record; `field` is a dotted path, empty for the record itself. */
export interface RecordProblem {
  field: string;
  kind: 'notAnObject' | 'missing' | 'wrongType' | 'badValue';
}

/** Schemas that check one value from a list; a wrong value there is "not allowed" rather than "of the wrong type". */
const listTypes = new Set(['picklist', 'literal', 'variant']);

/** Every problem of a record read raw from `table`; none means the app can show it. */
export function recordProblems(table: TableName, value: unknown): RecordProblem[] {
  return schemaProblems(recordSchemas[table], value);
}

/** Every problem of `value` against `schema` (a record as a file carries it may differ from the stored one). */
export function schemaProblems(schema: v.GenericSchema, value: unknown): RecordProblem[] {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map(problemOf);
}

function problemOf(issue: v.BaseIssue<unknown>): RecordProblem {
  const field = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (!issue.path) return { field, kind: 'notAnObject' };
  if (issue.input === undefined) return { field, kind: 'missing' };
  return { field, kind: listTypes.has(issue.type) ? 'badValue' : 'wrongType' };
}

/** A write refused because it would replace a damaged record the user has not yet exported or deleted. */
export class DamagedRecordError extends Error {
  constructor(
    readonly table: TableName,
    readonly key: unknown,
  ) {
    super(`The record ${JSON.stringify(key)} of ${table} is damaged`);
  }
}

/**
 * The records of a list the app can show; a damaged one is left out (the damaged-records screen
 * lists it) so that one bad record never takes the rest down with it. Records are returned as
 * stored, so fields a newer build added survive a read-modify-write, with the defaults of fields
 * added since the record was written filled in (a project without `serviceConsumers` reads with "").
 */
export function validRecords<T extends TableName>(table: T, rows: readonly unknown[]): RecordOf<T>[] {
  return rows.flatMap((row) => validRecord(table, row) ?? []);
}

/** A record read by key, or undefined when it is absent or damaged. */
export function validRecord<T extends TableName>(table: T, row: unknown): RecordOf<T> | undefined {
  const result = v.safeParse(recordSchemas[table], row);
  return result.success ? ({ ...(row as object), ...(result.output as object) } as RecordOf<T>) : undefined;
}

/** Whether `row` is a record of `table` the app can show (a record received from the team is checked so). */
export function isValidRecord<T extends TableName>(table: T, row: unknown): row is RecordOf<T> {
  return v.is(recordSchemas[table], row);
}
