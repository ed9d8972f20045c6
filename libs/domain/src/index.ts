export * from './field';
export * from './content-type';
export * from './model-error';
export { resolveModel, compareCodeUnits, type Model, type ResolvedContentType } from './resolve-model';
export { isCodeList, isFilterable, isIndexable, isLocalizableKind, isPublic, isSortable } from './field-capabilities';
export { isConfidentialEntry, isWithheldField, isWithheldLink, withheldFields } from './confidentiality';
export { isReservedFieldName, toSnakeCase } from './reserved-names';
export { defineVocabulary } from './define-vocabulary';
export { communesModel, contentTypeDefinitions } from './model';
export type * from './generated/entries';
export { namingOf, toPluginName, toPluginPackageName, toUid, toColumnName, geoColumns, type ContentTypeNaming } from './names';
export { DOCUMENT_ID, isDocumentId } from './document-id';
export { contentTypeNamed, contentTypeOfGraphqlType, findContentType } from './content-type-named';
export { DOMAIN_DESCRIPTIONS } from './domain-descriptions';
export { findEditorTextGaps } from './editor-text-gaps';
export { editorTextOf } from './editor-text-of';
export { isIsoDate, isIsoDateTime, isIsoTime } from './iso-temporal';
export { BRUSSELS, fromBrusselsLocal, toBrusselsParts, type LocalParts } from './brussels-time';
export { checkValue } from './checks/check-value';
export { checkEntryData } from './checks/check-entry-data';
export { ANSWER_LIMITS, FIELD_RULES, RESERVED_ANSWER_CODES } from './checks/field-rules';
export { checkRecurrenceRule, RECURRENCE_FREQUENCIES } from './checks/check-recurrence-rule';
export type { ValueProblem, ValueProblemCode, ValueProblemParams, ValueFormat, ExpectedType } from './checks/value-problem';
export {
  expandOccurrences,
  MAX_EXPANSION_WORK,
  MAX_OCCURRENCES,
  type Expansion,
  type Occurrence,
  type RecurringEvent,
} from './recurrence/expand-occurrences';
export { InvalidRecurrenceRule, parseRecurrenceRule, type RecurrenceRule } from './recurrence/parse-recurrence-rule';
export { findEntryProblem } from './served-entries/find-entry-problem';
export { fieldPlanOf, type PlannedField } from './served-entries/field-plan';
export { isNonNullOutput, type FieldOwner } from './served-entries/is-non-null-output';
export {
  domainsOutsideKind,
  isMemberKindCode,
  MEMBER_KIND_CODES,
  MEMBER_KINDS,
  type MemberKind,
  type MemberKindCode,
} from './members/member-kinds';
export { isShareable, SHARING_FIELD, SHARING_MEMBERS_FIELD, sharingChannelsField, sharingMembersField } from './sharing/sharing-field';
export {
  isMemberCode,
  isSharingChannel,
  MAX_SUBSCRIPTIONS,
  parseSubscription,
  subscriptionsProblem,
  type Subscription,
} from './sharing/subscription';
export { sharingChannel } from './vocabularies/sharing-channel';
export { type StoredField, type StoredShape, type StoredType, toStoredShape } from './model-history/stored-shape';
export { type DataLoss, DataLossCode, findDataLosses } from './model-history/find-data-losses';
export { FIELD_RENAMES, type FieldRename, NOT_RENAMEABLE } from './model-history/field-renames';
