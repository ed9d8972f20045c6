import type { Answer } from './create-crawl';

/** The total a Strapi list answer reports, if any. */
export const totalOf = (answer: Answer): number | undefined => answer.json?.meta?.pagination?.total;

type Oracle = (answer: Answer) => string | undefined;

/** A filter or search on something withheld: refused, or matching nothing. */
export const refusedOrEmpty =
  (what: string): Oracle =>
  (answer) =>
    answer.status === 400 || (answer.status === 200 && totalOf(answer) === 0)
      ? undefined
      : `${what}: HTTP ${answer.status}, ${totalOf(answer) ?? '?'} matched; expected a 400 or nothing`;

/** A count a reader may learn: refused, or exactly what the public entries give. */
export const refusedOrTotal =
  (what: string, expected: number): Oracle =>
  (answer) =>
    answer.status === 400 || (answer.status === 200 && totalOf(answer) === expected)
      ? undefined
      : `${what}: HTTP ${answer.status}, ${totalOf(answer) ?? '?'} counted; expected a 400 or ${expected} (public entries only)`;

/** Refused with a 400 (an ordering or a parameter that would reveal something). */
export const refused400 =
  (what: string): Oracle =>
  (answer) =>
    answer.status === 400 ? undefined : `${what}: HTTP ${answer.status}; expected a 400`;

/** Refused with any 4xx (an endpoint the public has no business with). */
export const refused4xx =
  (what: string): Oracle =>
  (answer) =>
    answer.status >= 400 && answer.status < 500 ? undefined : `${what}: HTTP ${answer.status}; expected a refusal (4xx)`;

/** An entry that has no published version, asked for by its id: not found (or a 400). */
export const notServed =
  (what: string): Oracle =>
  (answer) =>
    answer.status === 404 || answer.status === 400
      ? undefined
      : `${what}: HTTP ${answer.status}, ${answer.text.slice(0, 120)}; expected 404`;

/**
 * A parameter asking for drafts: refused, ignored (the published entries), or applied to the
 * published entries alone (none match `never-published`). Any other count depends on drafts.
 */
export const refusedOrPublished =
  (what: string, published: number): Oracle =>
  (answer) =>
    answer.status === 400 || (answer.status === 200 && [published, 0].includes(totalOf(answer) ?? -1))
      ? undefined
      : `${what}: HTTP ${answer.status}, ${totalOf(answer) ?? '?'} entries; expected a 400, the ${published} published ones or none`;
