/** The SQL the index runs, on PGlite or PostgreSQL alike: one statement, `$1`-style parameters. */
export interface IndexQueries {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** An open regional index. */
export interface IndexDatabase extends IndexQueries {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: IndexQueries) => Promise<T>): Promise<T>;
  /** Several statements at once, no parameters (the schema). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
