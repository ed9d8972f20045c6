import type { OpenDataContext } from '../open-data-route';
import { notFound } from './oparl-error';
import { runOparlQuery } from './run-oparl-query';

/** A town of the registry, as OParl shows it: a Body. */
export interface TownInfo {
  code: string;
  name: string;
  url: string;
  locales: string[];
}

const TOWN_FIELDS = 'code name url locales';

export async function readTown(context: OpenDataContext, code: string): Promise<TownInfo> {
  const { town } = await runOparlQuery<{ town: TownInfo | null }>(context, `query OparlTown($code: String!) { town(code: $code) { ${TOWN_FIELDS} } }`, { code });
  if (!town) throw notFound(`no town "${code.slice(0, 60)}" in this gateway's registry`);
  return town;
}

export async function readTowns(context: OpenDataContext): Promise<TownInfo[]> {
  const { towns } = await runOparlQuery<{ towns: TownInfo[] }>(context, `query OparlTowns { towns { ${TOWN_FIELDS} } }`, {});
  return towns;
}
