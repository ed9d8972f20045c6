import { defineTownHardeningSuite } from './town-hardening-suite';

defineTownHardeningSuite('SQLite', async () => ({ url: undefined, drop: async () => {} }));
