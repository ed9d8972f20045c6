/** Why the closed-session guard refuses a query: the 400's `details.code`. */
export const ClosedSessionErrorCode = {
  /** An order by a field a confidential entry withholds, or through a withheld relation. */
  WithheldSort: 'WITHHELD_SORT',
  /** A negated condition through a withheld relation, which would tell a withheld link from none. */
  NegatedWithheldLink: 'NEGATED_WITHHELD_LINK',
  /** Strapi's full-text `_q`, which would search withheld text. */
  WithheldSearch: 'WITHHELD_SEARCH',
} as const;
export type ClosedSessionErrorCode = (typeof ClosedSessionErrorCode)[keyof typeof ClosedSessionErrorCode];

/** Thrown while a query is rewritten; the guard answers it as a 400 in Strapi's error format. */
export class ClosedSessionProblem extends Error {
  constructor(
    readonly code: ClosedSessionErrorCode,
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClosedSessionProblem';
  }
}
