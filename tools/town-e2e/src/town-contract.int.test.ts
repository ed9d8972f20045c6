import { defineTownContract } from '@communes/fake-town/contract';
import { startContractTown } from './town-contract-town';

// The suite libs/fake-town's own tests run against the fake town, here against real Strapi.
defineTownContract('a real town on SQLite', (fixture) => startContractTown(fixture, 'sqlite'));
defineTownContract('a real town on PostgreSQL', (fixture) => startContractTown(fixture, 'postgres'));
