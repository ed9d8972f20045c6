export * from './field';
export * from './content-type';
export * from './model-error';
export { resolveModel, compareCodeUnits, type Model, type ResolvedContentType } from './resolve-model';
export { isFilterable, isIndexable, isLocalizableKind, isPublic, isSortable } from './field-capabilities';
export { isReservedFieldName, toSnakeCase } from './reserved-names';
export { defineVocabulary } from './define-vocabulary';
export { communesModel, contentTypeDefinitions } from './model';
export type * from './generated/entries';
