export { createCommunesAdminPlugin } from './create-communes-admin-plugin';
export { createCommunesCoreAdminPlugin } from './create-communes-core-admin-plugin';
export type { CustomFieldInputProps } from './custom-field-input-props';
export type * from './custom-field-options';
export { pickLabel } from './logic/pick-label';
export { buildRecurrence, parseRecurrence, type RecurrenceForm } from './logic/recurrence-form';
export { UI_TEXTS } from './ui-texts';
