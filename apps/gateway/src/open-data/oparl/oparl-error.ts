/**
 * A request the OParl API refuses. OParl 1.1 defines no error object, only HTTP statuses;
 * the body says what was expected and what came, as JSON like every other OParl answer.
 */
export class OparlError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 502 | 503 | 504,
    message: string,
  ) {
    super(message);
    this.name = 'OparlError';
  }

  toBody() {
    return { error: { status: this.status, message: this.message } };
  }
}

export const notFound = (what: string) => new OparlError(404, `Not found: ${what}.`);
export const badRequest = (message: string) => new OparlError(400, message);
