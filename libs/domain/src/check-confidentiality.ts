import type { ContentType } from './content-type';
import type { Field } from './field';
import { ModelErrorCode, type ModelIssue } from './model-error';

/**
 * What is wrong with a type's confidentiality rule, against its resolved fields (inverse
 * relations included). A rule that named an unknown flag or field would withhold nothing,
 * or the wrong thing, without a word: each mistake is an issue.
 */
export function findConfidentialityIssues(type: ContentType, fields: Readonly<Record<string, Field>>): ModelIssue[] {
  const rule = type.confidentiality;
  if (!rule) return [];
  const owner = type.names.singular;
  const issues: ModelIssue[] = [];
  const report = (code: ModelIssue['code'], field: string | undefined, message: string) =>
    issues.push({ code, type: owner, ...(field === undefined ? {} : { field }), message: `"${owner}" confidentiality: ${message}` });

  const flag = rule.when?.field;
  const flagField = fields[flag];
  if (!flagField) report(ModelErrorCode.UnknownField, flag, `when.field names unknown field "${String(flag)}".`);
  else if (flagField.kind !== 'boolean')
    report(ModelErrorCode.InvalidOption, flag, `when.field "${flag}" is a ${flagField.kind}, expected a boolean.`);
  else if (flagField.private)
    report(
      ModelErrorCode.InvalidOption,
      flag,
      `when.field "${flag}" is private; clients need the flag to tell a confidential entry from an empty one.`,
    );
  if (typeof rule.when?.equals !== 'boolean')
    report(ModelErrorCode.InvalidOption, flag, `when.equals is ${JSON.stringify(rule.when?.equals)}, expected true or false.`);

  for (const name of rule.visible) {
    const field = fields[name];
    if (!field) report(ModelErrorCode.UnknownField, name, `visible names unknown field "${name}".`);
    else if (field.private && name !== flag)
      report(ModelErrorCode.InvalidOption, name, `visible field "${name}" is private, and so never served.`);
  }
  if (flagField && !rule.visible.includes(flag))
    report(ModelErrorCode.InvalidOption, flag, `the flag "${flag}" must be visible, or clients cannot tell why fields are missing.`);

  // A list ordered by a withheld value would place confidential entries by it.
  for (const term of type.defaultOrder) {
    if (fields[term.field] && !rule.visible.includes(term.field)) {
      report(
        ModelErrorCode.InvalidOption,
        term.field,
        `defaultOrder field "${term.field}" is withheld from confidential entries, so lists cannot be ordered by it.`,
      );
    }
  }
  return issues;
}
