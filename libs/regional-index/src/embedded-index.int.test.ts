import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { defineAggregateSuite } from './aggregate-suite';
import { defineIndexSuite } from './index-suite';
import { defineListPageSuite } from './list-page-suite';
import { openEmbeddedIndex } from './open-embedded-index';

const dataDir = mkdtempSync(join(tmpdir(), 'communes-index-'));

defineIndexSuite(
  'PGlite',
  () => openEmbeddedIndex({ dataDir }),
  () => openEmbeddedIndex({ dataDir }),
);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

defineListPageSuite('PGlite', () => openEmbeddedIndex({ dataDir: mkdtempSync(join(tmpdir(), 'communes-index-lists-')) }));

defineAggregateSuite('PGlite', () => openEmbeddedIndex({ dataDir: mkdtempSync(join(tmpdir(), 'communes-index-aggregates-')) }));
