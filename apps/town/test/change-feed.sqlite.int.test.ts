import { defineChangeFeedSuite } from './change-feed-suite';

// SQLite has one writer at a time: a transaction left open blocks every other write and read.
defineChangeFeedSuite('SQLite', async () => undefined, false);
