import { afterAll, beforeAll, describe } from 'vitest';
import { buildContractFixture } from './build-contract-fixture';
import { defineClosedSessionContract } from './closed-session-contract';
import { createContractClient } from './contract-client';
import type { ContractContext } from './contract-context';
import { defineErrorContract } from './error-contract';
import { defineFieldsContract } from './fields-contract';
import { defineFilterContract } from './filter-contract';
import { defineListContract } from './list-contract';
import { defineLocaleContract } from './locale-contract';
import { defineManifestContract } from './manifest-contract';
import { definePaginationContract } from './pagination-contract';
import { definePopulateContract } from './populate-contract';
import { defineSortContract } from './sort-contract';
import type { TownFixture } from './town-fixture';

/** A town under test, serving the contract's fixture. */
export interface ContractTown {
  /** Its REST root, `…/api`. */
  api: string;
  stop(): Promise<void>;
}

/** Starts a town holding `fixture` (its identity, locales and documents) and nothing else. */
export type StartContractTown = (fixture: TownFixture) => Promise<ContractTown>;

/**
 * The towns' HTTP contract, written once: what the gateway may rely on when it reads a town
 * over REST. Every implementation passes it: the fake town in its unit tests, a real seeded
 * Strapi town on SQLite and PostgreSQL in tools/town-e2e. Where the databases differ, the
 * cases say what the gateway may rely on and accept either answer.
 */
export function defineTownContract(name: string, start: StartContractTown): void {
  describe(`the towns' HTTP contract: ${name}`, () => {
    const fixture = buildContractFixture();
    let town: ContractTown | undefined;
    const client = createContractClient(() => {
      if (!town) throw new Error('The town under test did not start.');
      return town.api;
    });
    const context: ContractContext = { fixture, client };

    beforeAll(async () => {
      town = await start(fixture);
    });
    afterAll(async () => {
      await town?.stop();
    });

    defineManifestContract(context);
    defineListContract(context);
    defineFilterContract(context);
    defineSortContract(context);
    definePaginationContract(context);
    defineFieldsContract(context);
    definePopulateContract(context);
    defineLocaleContract(context);
    defineClosedSessionContract(context);
    defineErrorContract(context);
  });
}
