/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return stripControls(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Control characters other than newlines are not allowed in iCalendar content. */
export const stripControls = (value: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters RFC 5545 forbids in content lines is the point: they are dropped (a tab becomes a space).
  value.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : ''));

/** A parameter value (CN=...), quoted when it holds `:`, `;` or `,`; quotes themselves are not allowed. */
export function paramValue(value: string): string {
  const clean = stripControls(value).replace(/[\r\n"]/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space, never in the
 * middle of a UTF-8 sequence (a character is kept whole on one line).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
