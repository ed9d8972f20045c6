import { userInputError } from '../errors';

export interface NodeRef {
  town: string;
  /** The content kind's singular name. */
  kind: string;
  documentId: string;
}

const PREFIX = 'communes:';

/** A globally unique, stable id: the town, the kind and the town's documentId. */
export const encodeNodeId = ({ town, kind, documentId }: NodeRef): string =>
  Buffer.from(`${PREFIX}${town}:${kind}:${documentId}`).toString('base64url');

export function decodeNodeId(id: string): NodeRef {
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const [town, kind, documentId] = text.startsWith(PREFIX) ? text.slice(PREFIX.length).split(':') : [];
  if (!town || !kind || !documentId) throw userInputError(`"${id.slice(0, 80)}" is not a node id of this gateway.`, { argument: 'id' });
  return { town, kind, documentId };
}
