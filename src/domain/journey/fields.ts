/**
 * Reads the fields of one untrusted JSON object (a record read back from IndexedDB, or from an
 * import package) and notes every problem with its path, instead of throwing at the first one.
 * Each reader returns a fallback on a problem, so a caller reads the whole record and then decides.
 */
export class FieldReader {
  private readonly source: Record<string, unknown>;

  constructor(
    value: unknown,
    private readonly path: string,
    private readonly problems: string[],
  ) {
    this.source = asObject(value) ?? {};
    if (!asObject(value)) this.problem('', 'expected an object');
  }

  problem(key: string, message: string): void {
    this.problems.push(`${[this.path, key].filter(Boolean).join('.')}: ${message}`);
  }

  at(key: string): string {
    return [this.path, key].filter(Boolean).join('.');
  }

  raw(key: string): unknown {
    return this.source[key];
  }

  text(key: string, max: number): string {
    const value = this.source[key];
    if (typeof value !== 'string') return this.fail(key, 'expected text', '');
    if (value.length > max) return this.fail(key, `longer than ${max} characters`, value);
    return value;
  }

  /** A non-empty identifier. */
  id(key: string): string {
    const value = this.text(key, 200);
    if (value === '' && typeof this.source[key] === 'string') this.problem(key, 'expected a non-empty id');
    return value;
  }

  nullableId(key: string): string | null {
    return this.source[key] === null ? null : this.id(key);
  }

  number(key: string, min: number, max: number): number {
    const value = this.source[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(key, 'expected a number', 0);
    if (value < min || value > max) return this.fail(key, `expected ${min}…${max}`, value);
    return value;
  }

  bool(key: string): boolean {
    const value = this.source[key];
    return typeof value === 'boolean' ? value : this.fail(key, 'expected true or false', false);
  }

  oneOf<T extends string | number>(key: string, allowed: readonly T[]): T {
    const value = this.source[key] as T;
    return allowed.includes(value) ? value : this.fail(key, `expected one of ${allowed.join(', ')}`, allowed[0]!);
  }

  nullableOneOf<T extends string | number>(key: string, allowed: readonly T[]): T | null {
    return this.source[key] === null ? null : this.oneOf(key, allowed);
  }

  list<T>(key: string, max: number, read: (item: unknown, path: string) => T): T[] {
    const value = this.source[key];
    if (!Array.isArray(value)) return this.fail(key, 'expected a list', []);
    if (value.length > max) return this.fail(key, `more than ${max} items`, []);
    return value.map((item, index) => read(item, `${this.at(key)}[${index}]`));
  }

  texts(key: string, max: number, maxLength: number): string[] {
    return this.list(key, max, (item, path) => {
      if (typeof item === 'string' && item.length <= maxLength) return item;
      this.problems.push(`${path}: expected text of at most ${maxLength} characters`);
      return '';
    });
  }

  private fail<T>(key: string, message: string, fallback: T): T {
    this.problem(key, message);
    return fallback;
  }
}

export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Ids that occur more than once, each named once. */
export function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of items) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}
