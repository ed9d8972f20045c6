import { openEmbeddedIndex } from '@communes/regional-index';
import { defineHarvestSuite } from './harvest-suite';

// A town on SQLite, the index on PGlite: the embedded default, as the demo runs it.
defineHarvestSuite(
  'SQLite, into PGlite',
  async () => undefined,
  () => openEmbeddedIndex(),
);
