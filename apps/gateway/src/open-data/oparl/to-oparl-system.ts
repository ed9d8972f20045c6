import type { OparlObject } from './oparl-kind';
import type { OparlUrls } from './oparl-urls';
import { OPARL_SCHEMA, toOparlObject } from './to-oparl-object';

/** The region's one System: its bodies are the towns of the gateway's registry. */
export function toOparlSystem(urls: OparlUrls): OparlObject {
  return toOparlObject('System', urls.system, null, {
    oparlVersion: OPARL_SCHEMA,
    body: urls.bodies,
    name: 'Communes regional gateway',
  });
}
