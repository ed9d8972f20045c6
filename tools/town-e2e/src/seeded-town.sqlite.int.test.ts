import { defineSeededTownSuite } from './seeded-town-suite';

defineSeededTownSuite('SQLite', async () => undefined);
