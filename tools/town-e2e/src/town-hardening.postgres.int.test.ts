import { createTemporaryPostgresDatabase } from '@communes/town';
import { defineTownHardeningSuite } from './town-hardening-suite';

defineTownHardeningSuite('PostgreSQL', () => createTemporaryPostgresDatabase('communes_hardening'));
