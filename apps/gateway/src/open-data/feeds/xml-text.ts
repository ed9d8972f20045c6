/** Characters XML 1.0 cannot hold at all, even escaped: dropped from feed text. */
export const toXmlText = (value: string | null | undefined): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is XML 1.0's Char production, which names the only control characters it allows (tab, LF, CR).
  (value ?? '').replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
