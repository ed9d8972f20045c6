import { contentTypeNamed, namingOf } from '@communes/domain';
import { fixtureId } from './build-contract-fixture';
import type { ContractClient } from './contract-client';
import type { TownFixture } from './town-fixture';

/** What each family of the contract is given: the fixture both towns hold, and a client of the town under test. */
export interface ContractContext {
  fixture: TownFixture;
  client: ContractClient;
}

/** A kind's list, under the REST root: `/communes-agenda/events`. */
export const pathOf = (kind: string): string => namingOf(contentTypeNamed(kind)).restPath;

/** Fixture documentIds by number: `documents('evt', 1, 3)`. */
export const documents = (prefix: string, ...numbers: number[]): string[] => numbers.map((n) => fixtureId(prefix, n));

export const idsOf = (entries: readonly { documentId: string }[]): string[] => entries.map((entry) => entry.documentId);

export const sorted = (ids: readonly string[]): string[] => [...ids].sort();
