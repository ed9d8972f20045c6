/**
 * A refusal in Open311's error format: `[{ "code": 400, "description": "..." }]` (XML
 * `<errors><error>`), the code being the HTTP status, as GeoReport v2 servers answer.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Open311Error';
  }

  toBody(): { code: number; description: string }[] {
    return [{ code: this.status, description: this.message }];
  }
}
