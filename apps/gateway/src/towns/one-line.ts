/**
 * A town's text as the gateway passes it on (an error message, a manifest's words): on one
 * line, its control characters (newlines, terminal escapes) made spaces, at most `max` long.
 */
export const oneLine = (text: string, max: number): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
  text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, max);
