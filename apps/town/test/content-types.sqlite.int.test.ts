import { defineContentTypeSuite } from './content-types-suite';

defineContentTypeSuite('SQLite', async () => undefined);
