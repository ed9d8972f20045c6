/** A description in SDL, as a block string on the lines before what it describes. */
export const description = (text: string | undefined, indent = ''): string =>
  text ? `${indent}"""${text.replace(/"""/g, '\\"""')}"""\n` : '';
