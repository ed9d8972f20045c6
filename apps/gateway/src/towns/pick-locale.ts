/**
 * The locale to read a town in: the first of the client's fallback chain that the town
 * publishes in, else the town's default. Eupen (de, fr) asked for [de, fr] reads de;
 * Seneffe (fr) reads fr.
 */
export function pickLocale(
  chain: readonly string[] | null | undefined,
  townLocales: readonly string[],
  defaultLocale: string | null,
): string | undefined {
  return chain?.find((locale) => townLocales.includes(locale)) ?? defaultLocale ?? townLocales[0];
}
