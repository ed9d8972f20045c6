import type { Answer } from './create-crawl';

/** The Origin the CORS probes claim: another site, in a visitor's browser. */
export const EVIL_ORIGIN = 'http://evil.test';

/**
 * A browser on another site may read a public answer, but never with the visitor's
 * credentials: an Origin echoed back together with Allow-Credentials would let any site
 * act as a logged-in editor.
 */
export const noCredentialedReflection = (answer: Answer): string | undefined => {
  const origin = answer.headers['access-control-allow-origin'];
  const credentials = String(answer.headers['access-control-allow-credentials'] ?? '').toLowerCase() === 'true';
  return credentials && (origin === EVIL_ORIGIN || origin === '*')
    ? `CORS: Access-Control-Allow-Origin ${origin} with Allow-Credentials true`
    : undefined;
};
