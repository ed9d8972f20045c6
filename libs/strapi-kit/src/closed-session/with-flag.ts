/**
 * Strapi's `fields` with the confidentiality flag added: without it in the answer, the output
 * sanitizer could not tell an open entry from a closed one and would withhold both.
 */
export function withFlag(fields: unknown, flag: string): unknown {
  if (typeof fields === 'string') {
    const names = fields.split(',').map((name) => name.trim());
    return fields === '*' || names.includes(flag) ? fields : `${fields},${flag}`;
  }
  if (Array.isArray(fields)) return fields.includes(flag) ? fields : [...fields, flag];
  // qs turns a list past 100 items into an object with numeric keys.
  if (typeof fields === 'object' && fields !== null) {
    const names = Object.values(fields);
    return names.includes(flag) ? fields : [...names, flag];
  }
  return fields;
}
