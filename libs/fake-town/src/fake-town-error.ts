/**
 * An answer other than a list, in Strapi's error body:
 * `{ data: null, error: { status, name, message, details } }`.
 */
export class FakeTownError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody() {
    return { data: null, error: { status: this.status, name: this.errorName, message: this.message, details: this.details } };
  }
}

/** A 400 naming the query parameter, as a real town's query guard and Strapi's validators answer. */
export const badRequest = (param: string, message: string): FakeTownError =>
  new FakeTownError(400, 'ValidationError', message, { source: 'query', param });

export const notFound = (): FakeTownError => new FakeTownError(404, 'NotFoundError', 'Not Found');

/**
 * What a real town would answer but the fake does not model: a 501 rather than a guess, so
 * that a test leaning on it fails plainly instead of passing against a made-up answer.
 */
export const notModelled = (what: string): FakeTownError =>
  new FakeTownError(501, 'NotImplementedError', `The fake town does not model ${what}; see libs/fake-town/README.md for what it does.`);
