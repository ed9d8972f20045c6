/**
 * A refusal in Open311's error format: `[{ "code": 400, "description": "..." }]` (XML
 * `<errors><error>`), the code being the HTTP status, as GeoReport v2 servers answer.
 * `cause` is for the gateway's log only (a town's own words, a system error): the message is
 * what the public reads, so it never carries a town's address or a system's error text.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'Open311Error';
  }

  toBody(): { code: number; description: string }[] {
    return [{ code: this.status, description: this.message }];
  }
}
