/**
 * Fields whose stored kind (text, free JSON) says less than what they hold, by content type
 * (singular name) and field, with the editor that writes them. They are the fields the
 * domain's FIELD_RULES check; the codegen test keeps both lists on the same fields.
 */
export const FIELD_EDITORS: Readonly<Record<string, Readonly<Record<string, 'recurrence-rule' | 'date-time-list'>>>> = {
  event: { recurrenceRule: 'recurrence-rule', recurrenceExceptions: 'date-time-list' },
};
