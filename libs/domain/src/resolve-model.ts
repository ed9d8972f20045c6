import { findConfidentialityIssues } from './check-confidentiality';
import { DOMAINS, type ContentType } from './content-type';
import { isIndexable, isLocalizableKind, isSortable } from './field-capabilities';
import { FIELD_KINDS, RELATION_CARDINALITIES, type Field, type RelationCardinality, type ValueType, type Vocabulary } from './field';
import { ModelError, ModelErrorCode, type ModelIssue } from './model-error';
import { isReservedFieldName } from './reserved-names';

export interface ResolvedContentType extends ContentType {
  /** The declared fields plus the inverse side of every relation that targets this type. */
  fields: Readonly<Record<string, Field>>;
  /** True when any field is localized: the type is then stored once per locale. */
  localized: boolean;
}

export interface Model {
  /** In domain order, then by singular name: generators rely on this order being stable. */
  contentTypes: readonly ResolvedContentType[];
  /** Every vocabulary a field uses, by name. */
  vocabularies: readonly Vocabulary[];
  /** Every value type a struct field uses (nested ones included), by name. */
  valueTypes: readonly ValueType[];
}

/** Locale-independent, so that generated files are the same on every machine. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const PASCAL = /^[A-Z][a-zA-Z0-9]*$/;

const FLIPPED: Record<RelationCardinality, RelationCardinality> = {
  oneToOne: 'oneToOne',
  oneToMany: 'manyToOne',
  manyToOne: 'oneToMany',
  manyToMany: 'manyToMany',
};

/**
 * Checks a whole model and completes it (inverse relation fields, per-type localization).
 * Throws a `ModelError` listing every issue, each naming its type and field.
 */
export function resolveModel(contentTypes: readonly ContentType[]): Model {
  const issues: ModelIssue[] = [];
  const report = (code: ModelIssue['code'], type: string, field: string | undefined, message: string) =>
    issues.push({ code, type, ...(field === undefined ? {} : { field }), message });

  const bySingular = new Map<string, ContentType>();
  const plurals = new Set<string>();
  for (const type of contentTypes) {
    const { singular, plural } = type.names;
    for (const name of [singular, plural]) {
      if (!KEBAB.test(name))
        report(
          ModelErrorCode.InvalidName,
          singular,
          undefined,
          `Content type "${singular}": name "${name}" is not kebab-case (expected e.g. "agenda-item").`,
        );
    }
    if (bySingular.has(singular) || plurals.has(singular)) {
      report(
        ModelErrorCode.DuplicateName,
        singular,
        undefined,
        `Content type "${singular}" is declared twice (or clashes with a plural name).`,
      );
    }
    if (plurals.has(plural) || bySingular.has(plural) || plural === singular) {
      report(
        ModelErrorCode.DuplicateName,
        singular,
        undefined,
        `Content type "${singular}": plural "${plural}" is already used by another type or equals the singular.`,
      );
    }
    if (!DOMAINS.includes(type.domain)) {
      report(
        ModelErrorCode.InvalidOption,
        singular,
        undefined,
        `Content type "${singular}": unknown domain "${String(type.domain)}" (expected one of ${DOMAINS.join(', ')}).`,
      );
    }
    bySingular.set(singular, type);
    plurals.add(plural);
  }

  const vocabularies = new Map<string, Vocabulary>();
  const valueTypes = new Map<string, ValueType>();
  const resolvedFields = new Map<string, Record<string, Field>>();
  for (const type of contentTypes) resolvedFields.set(type.names.singular, { ...type.fields });

  const checkVocabulary = (owner: string, fieldName: string, vocabulary: Vocabulary | undefined) => {
    if (!vocabulary || !Array.isArray(vocabulary.codes)) {
      report(ModelErrorCode.InvalidOption, owner, fieldName, `"${owner}.${fieldName}": an enumeration needs a vocabulary with codes.`);
      return;
    }
    const known = vocabularies.get(vocabulary.name);
    if (known && known !== vocabulary) {
      report(
        ModelErrorCode.DuplicateName,
        owner,
        fieldName,
        `"${owner}.${fieldName}": another vocabulary is already named "${vocabulary.name}".`,
      );
      return;
    }
    if (known) return;
    vocabularies.set(vocabulary.name, vocabulary);
    if (!PASCAL.test(vocabulary.name))
      report(
        ModelErrorCode.InvalidName,
        owner,
        fieldName,
        `Vocabulary "${vocabulary.name}" (used by "${owner}.${fieldName}") is not PascalCase.`,
      );
    if (vocabulary.codes.length === 0)
      report(
        ModelErrorCode.InvalidOption,
        owner,
        fieldName,
        `Vocabulary "${vocabulary.name}" (used by "${owner}.${fieldName}") has no codes.`,
      );
    const seen = new Set<string>();
    for (const { code } of vocabulary.codes) {
      if (!CAMEL.test(code))
        report(ModelErrorCode.InvalidName, owner, fieldName, `Vocabulary "${vocabulary.name}": code "${code}" is not camelCase.`);
      if (seen.has(code))
        report(ModelErrorCode.DuplicateName, owner, fieldName, `Vocabulary "${vocabulary.name}": code "${code}" appears twice.`);
      seen.add(code);
    }
  };

  const checkValueType = (owner: string, fieldName: string, valueType: ValueType | undefined) => {
    if (!valueType || typeof valueType.fields !== 'object') {
      report(ModelErrorCode.InvalidOption, owner, fieldName, `"${owner}.${fieldName}": a struct needs a value type with fields.`);
      return;
    }
    const known = valueTypes.get(valueType.name);
    if (known && known !== valueType) {
      report(
        ModelErrorCode.DuplicateName,
        owner,
        fieldName,
        `"${owner}.${fieldName}": another value type is already named "${valueType.name}".`,
      );
      return;
    }
    if (known) return;
    valueTypes.set(valueType.name, valueType);
    if (!PASCAL.test(valueType.name))
      report(
        ModelErrorCode.InvalidName,
        owner,
        fieldName,
        `Value type "${valueType.name}" (used by "${owner}.${fieldName}") is not PascalCase.`,
      );
    for (const [name, field] of Object.entries(valueType.fields)) {
      if (field.kind === 'relation' || field.kind === 'media') {
        report(
          ModelErrorCode.InvalidOption,
          valueType.name,
          name,
          `Value type "${valueType.name}", field "${name}": a ${field.kind} cannot sit inside a struct.`,
        );
        continue;
      }
      checkField(valueType.name, name, field, { inValueType: true });
    }
  };

  function checkField(owner: string, name: string, field: Field, { inValueType }: { inValueType: boolean }) {
    const where = `"${owner}.${name}"`;
    if (!CAMEL.test(name)) report(ModelErrorCode.InvalidName, owner, name, `${where}: field names are camelCase.`);
    if (!inValueType && isReservedFieldName(name)) {
      report(ModelErrorCode.ReservedName, owner, name, `${where}: "${name}" is reserved by Strapi or the gateway; choose another name.`);
    }
    if (!FIELD_KINDS.includes(field.kind)) {
      report(
        ModelErrorCode.UnknownFieldKind,
        owner,
        name,
        `${where}: unknown field kind "${String(field.kind)}" (expected one of ${FIELD_KINDS.join(', ')}).`,
      );
      return;
    }
    if (field.localized && !isLocalizableKind(field.kind)) {
      report(ModelErrorCode.InvalidOption, owner, name, `${where}: a ${field.kind} is the same in every language and cannot be localized.`);
    }
    if (inValueType && (field.localized || field.private)) {
      report(
        ModelErrorCode.InvalidOption,
        owner,
        name,
        `${where}: localized and private apply to the struct field that holds a value type, not to its parts.`,
      );
    }
    switch (field.kind) {
      case 'string':
      case 'text':
      case 'email':
        if (field.minLength !== undefined && field.minLength < 0)
          report(ModelErrorCode.InvalidOption, owner, name, `${where}: minLength must be 0 or more.`);
        if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
          report(
            ModelErrorCode.InvalidOption,
            owner,
            name,
            `${where}: minLength ${field.minLength} is greater than maxLength ${field.maxLength}.`,
          );
        }
        break;
      case 'integer':
      case 'decimal':
        if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
          report(ModelErrorCode.InvalidOption, owner, name, `${where}: min ${field.min} is greater than max ${field.max}.`);
        }
        if (field.kind === 'integer' && field.default !== undefined && !Number.isInteger(field.default)) {
          report(ModelErrorCode.InvalidOption, owner, name, `${where}: default ${field.default} is not an integer.`);
        }
        break;
      case 'enumeration':
        checkVocabulary(owner, name, field.vocabulary);
        if (field.default !== undefined && !field.vocabulary?.codes?.some((c) => c.code === field.default)) {
          report(
            ModelErrorCode.InvalidOption,
            owner,
            name,
            `${where}: default "${field.default}" is not a code of vocabulary "${field.vocabulary?.name}".`,
          );
        }
        break;
      case 'enumerationList':
        checkVocabulary(owner, name, field.vocabulary);
        break;
      case 'struct':
        checkValueType(owner, name, field.valueType);
        break;
      case 'media':
        if (!Array.isArray(field.allowedTypes) || field.allowedTypes.length === 0) {
          report(ModelErrorCode.InvalidOption, owner, name, `${where}: a media field needs allowedTypes (images, files, videos, audios).`);
        }
        break;
      case 'relation':
        checkRelation(owner, name, field);
        break;
      default:
        break;
    }
  }

  function checkRelation(owner: string, name: string, field: Extract<Field, { kind: 'relation' }>) {
    const where = `"${owner}.${name}"`;
    const source = bySingular.get(owner);
    const target = bySingular.get(field.target);
    if (!RELATION_CARDINALITIES.includes(field.cardinality)) {
      report(
        ModelErrorCode.InvalidRelation,
        owner,
        name,
        `${where}: unknown cardinality "${String(field.cardinality)}" (expected one of ${RELATION_CARDINALITIES.join(', ')}).`,
      );
      return;
    }
    if (!target) {
      report(ModelErrorCode.UnknownRelationTarget, owner, name, `${where}: relation to unknown content type "${field.target}".`);
      return;
    }
    if (source && target.domain !== source.domain) {
      // Each domain is a plugin a town may or may not install: a relation across plugins
      // would make one plugin fail to load without the other.
      report(
        ModelErrorCode.InvalidRelation,
        owner,
        name,
        `${where}: relation to "${field.target}" of domain "${target.domain}" crosses domains; relations stay within one domain (plugin).`,
      );
      return;
    }
    if (field.localized) report(ModelErrorCode.InvalidOption, owner, name, `${where}: relations cannot be localized.`);
    if (field.inverse === undefined) return;
    const targetFields = resolvedFields.get(field.target)!;
    if (!CAMEL.test(field.inverse)) {
      report(ModelErrorCode.InvalidName, owner, name, `${where}: inverse field name "${field.inverse}" is not camelCase.`);
    } else if (isReservedFieldName(field.inverse)) {
      report(
        ModelErrorCode.ReservedName,
        field.target,
        field.inverse,
        `"${field.target}.${field.inverse}" (the inverse of ${where}) is reserved by Strapi or the gateway.`,
      );
    } else if (field.inverse in targetFields || (field.target === owner && field.inverse === name)) {
      report(
        ModelErrorCode.DuplicateName,
        field.target,
        field.inverse,
        `"${field.target}.${field.inverse}" (the inverse of ${where}) is already a field of "${field.target}".`,
      );
    } else {
      targetFields[field.inverse] = {
        kind: 'relation',
        target: owner,
        cardinality: FLIPPED[field.cardinality],
        inverse: name,
        inverseOf: name,
        ...(field.private ? { private: true } : {}),
        description: `Inverse of ${owner}.${name}.`,
      };
    }
  }

  for (const type of contentTypes) {
    const owner = type.names.singular;
    for (const [name, field] of Object.entries(type.fields)) checkField(owner, name, field, { inValueType: false });
  }

  for (const type of contentTypes) {
    const owner = type.names.singular;
    const fields = resolvedFields.get(owner)!;
    for (const [name, field] of Object.entries(fields)) {
      if (field.kind !== 'geoPoint') continue;
      for (const derived of [`${name}Latitude`, `${name}Longitude`]) {
        if (derived in fields)
          report(
            ModelErrorCode.DuplicateName,
            owner,
            derived,
            `"${owner}.${derived}" clashes with the column that stores geo point "${owner}.${name}".`,
          );
      }
    }
    for (const term of type.defaultOrder) {
      const field = fields[term.field];
      if (!field) report(ModelErrorCode.UnknownField, owner, term.field, `"${owner}": defaultOrder names unknown field "${term.field}".`);
      else if (!isSortable(field))
        report(
          ModelErrorCode.InvalidOption,
          owner,
          term.field,
          `"${owner}": defaultOrder field "${term.field}" (${field.kind}) cannot be sorted on.`,
        );
      if (term.direction !== 'asc' && term.direction !== 'desc') {
        report(
          ModelErrorCode.InvalidOption,
          owner,
          term.field,
          `"${owner}": defaultOrder direction "${String(term.direction)}" is not asc or desc.`,
        );
      }
    }
    issues.push(...findConfidentialityIssues(type, fields));
    for (const [label, sets] of [
      ['uniqueKeys', type.uniqueKeys],
      ['indexes', type.indexes],
    ] as const) {
      for (const set of sets) {
        if (set.length === 0) report(ModelErrorCode.InvalidOption, owner, undefined, `"${owner}": an entry of ${label} is empty.`);
        for (const fieldName of set) {
          const field = fields[fieldName];
          if (!field) report(ModelErrorCode.UnknownField, owner, fieldName, `"${owner}": ${label} names unknown field "${fieldName}".`);
          else if (!isIndexable(field)) {
            report(
              ModelErrorCode.InvalidOption,
              owner,
              fieldName,
              `"${owner}": ${label} field "${fieldName}" (${field.kind}) is not a column that can be indexed.`,
            );
          }
        }
      }
    }
  }

  if (issues.length > 0) throw new ModelError(issues);

  const domainRank = (type: ContentType) => DOMAINS.indexOf(type.domain);
  const resolved = [...contentTypes]
    .sort((a, b) => domainRank(a) - domainRank(b) || compareCodeUnits(a.names.singular, b.names.singular))
    .map((type): ResolvedContentType => {
      const fields = resolvedFields.get(type.names.singular)!;
      return { ...type, fields, localized: Object.values(fields).some((field) => field.localized === true) };
    });
  const byName = <T extends { name: string }>(a: T, b: T) => compareCodeUnits(a.name, b.name);
  return {
    contentTypes: resolved,
    vocabularies: [...vocabularies.values()].sort(byName),
    valueTypes: [...valueTypes.values()].sort(byName),
  };
}
