import { inject } from 'vitest';

/** What the global setup shares with every scenario file: one town, one gateway, one login. */
export interface SharedSession {
  /** The town's URL, its REST root and its code. */
  townUrl: string;
  api: string;
  townCode: string;
  /** The gateway's GraphQL endpoint over that town. */
  gatewayUrl: string;
  /** Playwright's storage state of the Editor's logged-in browser (Strapi limits logins). */
  storageState: string;
  /** The same for the super admin (the settings' scenarios). */
  chiefStorageState: string;
  /** The interface language the admin showed the Editor after login (`fr`). */
  language: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    session: SharedSession;
  }
}

export const sharedSession = (): SharedSession => inject('session');
