import { z } from 'zod/v4';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';

/**
 * Where rows that do not parse are reported: once per row (a row read on every turn must not
 * flood the log), at `warn`, with the table, the keys' length and the first problem's path: never
 * a value, which may be personal data.
 */
export class RowProblems {
  private readonly seen = new Set<string>();

  constructor(private readonly logger?: Logger) {}

  corrupt(what: string, entity: Record<string, unknown>, error: unknown): void {
    const key = `${what}|${String(entity.partitionKey)}|${String(entity.rowKey)}`;
    if (this.seen.has(key)) return;
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.add(key);
    this.logger?.warn(
      { table: what, reason: 'unreadableRow', path: problemPath(error) },
      'stored row does not parse; treated as missing',
    );
  }
}

function problemPath(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues[0]?.path.map(String).join('.') || 'row';
  return error instanceof SyntaxError ? 'json' : 'row';
}

/**
 * One table's rows: a single decode function is both what a read accepts and what a write must
 * pass, so a row that a later read cannot parse is never stored. A write that fails it is
 * `AppError('invalid_input')`; a stored row that fails it (written before this check, or by hand)
 * reads as missing and is reported once.
 */
export class RowCodec<T> {
  /** The entity's fields, each optional: what a `Merge` of some of them must pass. */
  private readonly someFields?: z.ZodObject;

  constructor(
    readonly what: string,
    private readonly decode: (entity: Record<string, unknown>) => T,
    private readonly problems: RowProblems,
    /** The entity's own fields, for checking a `Merge` of some of them. */
    fields?: z.ZodObject,
  ) {
    this.someFields = fields?.partial();
  }

  /** The entity, once it is known to read back. */
  checked<E extends object>(entity: E): E {
    try {
      this.decode(entity as Record<string, unknown>);
    } catch (error) {
      throw new AppError('invalid_input', `${this.what} not stored: ${problemPath(error)}`, { cause: error });
    }
    return entity;
  }

  /** A `Merge` of some fields: each must be what a full row holds there. */
  checkedFields<E extends object>(entity: E): E {
    if (!this.someFields) throw new AppError('configuration', `${this.what}: no field schema for a merge`);
    const result = this.someFields.safeParse(entity);
    if (!result.success) {
      throw new AppError('invalid_input', `${this.what} not stored: ${problemPath(result.error)}`, {
        cause: result.error,
      });
    }
    return entity;
  }

  read(entity: Record<string, unknown>): T | undefined {
    try {
      return this.decode(entity);
    } catch (error) {
      this.problems.corrupt(this.what, entity, error);
      return undefined;
    }
  }

  readAll<R extends Record<string, unknown>>(entities: R[]): T[] {
    return entities.flatMap((entity) => {
      const value = this.read(entity);
      return value === undefined ? [] : [value];
    });
  }

  /** One row of a point read with its ETag; undefined when it is missing or does not parse. */
  versioned(entity: (Record<string, unknown> & { etag: string }) | undefined): { value: T; etag: string } | undefined {
    return entity ? this.readVersioned([entity])[0] : undefined;
  }

  /** Like `readAll`, keeping each row's ETag. */
  readVersioned<R extends Record<string, unknown> & { etag: string }>(entities: R[]): { value: T; etag: string }[] {
    return entities.flatMap((entity) => {
      const value = this.read(entity);
      return value === undefined ? [] : [{ value, etag: entity.etag }];
    });
  }

  /**
   * A stored row that no longer parses, mended with a fresh one: every stored field that reads
   * back in place of the fresh one is kept (a samordnare's settings survive a bad name), the rest
   * comes from the fresh row.
   */
  repaired<E extends Record<string, unknown>>(stored: Record<string, unknown>, fresh: E): E {
    let result: Record<string, unknown> = { ...fresh };
    for (const [key, value] of Object.entries(stored)) {
      if (key === 'etag' || key === 'timestamp' || key.startsWith('odata')) continue;
      const candidate = { ...result, [key]: value };
      try {
        this.decode(candidate);
        result = candidate;
      } catch {
        // The fresh value stays.
      }
    }
    return this.checked(result as E);
  }
}
