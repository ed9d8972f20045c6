/** How many names an error lists: a 100 kB form of unknown fields would make a 100 kB message. */
const AT_MOST = 10;

/** Client-sent names (unknown fields, parameters) for an error message: ten at most, each cut to 60 characters. */
export function nameSome(names: readonly string[]): string {
  const named = names.slice(0, AT_MOST).map((name) => (name === '' ? '""' : name.slice(0, 60)));
  return `${named.join(', ')}${names.length > AT_MOST ? ` and ${names.length - AT_MOST} more` : ''}`;
}
