import { ANSWER_LIMITS } from '@communes/domain';
import { badParameter } from '../open-data-error';
import { parseOpen311Date } from './parse-open311-date';
import type { ServiceAttributeNode } from './read-service-types';

export type AttributeAnswer = string | number | string[];

const NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;

function answerOf(attribute: ServiceAttributeNode, code: string, values: string[]): AttributeAnswer {
  const name = `attribute[${code}]`;
  const keys = attribute.values.map((v) => v.key).filter((k): k is string => k !== null);
  if (attribute.datatype === 'multivaluelist') {
    const unknown = values.find((v) => !keys.includes(v));
    if (unknown !== undefined) throw badParameter(`${name}: "${unknown.slice(0, 60)}" is not one of its keys (${keys.join(', ')}).`);
    if (new Set(values).size !== values.length) throw badParameter(`${name}: a key is given twice.`);
    return values;
  }
  if (values.length > 1) throw badParameter(`${name} takes one answer (${attribute.datatype}), got ${values.length}.`);
  const value = values[0]!;
  switch (attribute.datatype) {
    case 'number':
      if (!NUMBER.test(value)) throw badParameter(`${name} must be a number, got "${value.slice(0, 60)}".`);
      return Number(value);
    case 'datetime':
      return parseOpen311Date(name, value);
    case 'singlevaluelist':
      if (!keys.includes(value)) throw badParameter(`${name}: "${value.slice(0, 60)}" is not one of its keys (${keys.join(', ')}).`);
      return value;
    case 'string':
    case 'text': {
      const max = ANSWER_LIMITS[attribute.datatype];
      if (value.length > max)
        throw badParameter(`${name} is ${value.length} characters long, over the ${max} allowed for ${attribute.datatype}.`);
      return value;
    }
    default:
      throw badParameter(`${name} has the datatype "${String(attribute.datatype)}", which this endpoint cannot check.`);
  }
}

/**
 * Checks a request's answers against its service definition: every code one of the
 * service's answerable (variable) attributes, each answer of the attribute's datatype and
 * from its list of keys, every required attribute answered. Returns the answers by code, as
 * the town stores them (numbers as numbers, datetimes as ISO instants, lists as lists), in
 * an object without a prototype: a code such as `toString` is an answer like any other.
 */
export function validateAttributeAnswers(
  serviceCode: string,
  attributes: readonly ServiceAttributeNode[],
  answers: ReadonlyMap<string, string[]>,
): Record<string, AttributeAnswer> {
  const byCode = new Map(attributes.filter((a) => a.code).map((a) => [a.code!, a]));
  const result: Record<string, AttributeAnswer> = Object.create(null);
  for (const [code, values] of answers) {
    const attribute = byCode.get(code);
    if (!attribute) {
      const codes = [...byCode.values()].filter((a) => a.variable !== false).map((a) => a.code);
      throw badParameter(
        `attribute[${code.slice(0, 60)}] is not an attribute of ${serviceCode} (${codes.length ? `its attributes: ${codes.join(', ')}` : 'it has none'}).`,
      );
    }
    if (attribute.variable === false) throw badParameter(`attribute[${code}] is informational: it takes no answer.`);
    if (values.length === 0) continue;
    result[code] = answerOf(attribute, code, values);
  }
  const missing = attributes
    .filter((a) => a.variable !== false && a.required && a.code && !Object.hasOwn(result, a.code))
    .map((a) => a.code);
  if (missing.length) throw badParameter(`${serviceCode} requires an answer to ${missing.map((c) => `attribute[${c}]`).join(', ')}.`);
  return result;
}
