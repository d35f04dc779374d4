import type { ServerDatabase } from '../db/open';

/** What every route gets: the database and the clock (passed in, so tests can move time). */
export interface ServerContext {
  readonly database: ServerDatabase;
  readonly now: () => Date;
  readonly version: string;
}
