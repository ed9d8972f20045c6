import type { OpenDataContext } from '../open-data-route';
import type { OparlKind } from './oparl-kind';
import { readAll } from './read-all';

/** Reads what the nodes embed, unless the client asked to omit embedded objects. */
export async function embedObjects<N>(context: OpenDataContext, kind: OparlKind<N>, town: string, nodes: N[], omitInternal: boolean): Promise<void> {
  if (omitInternal || !kind.embed) return;
  await kind.embed((source, filters, selection) => readAll(context, source, town, filters, selection), nodes);
}
