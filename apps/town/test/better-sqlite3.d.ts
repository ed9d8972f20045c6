// The part of better-sqlite3 (a dependency of the town, for Strapi) that tests use to read a
// stopped town's database; the package ships no types and @types/better-sqlite3 is not installed.
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      run(...params: unknown[]): { changes: number };
    }
    interface Database {
      prepare(sql: string): Statement;
      close(): void;
    }
  }
  const Database: new (filename: string) => Database.Database;
  export = Database;
}
