import { description } from './sdl-description';

/**
 * Strapi's GraphQL filter operators, one input per scalar, so that a front-end team that
 * knows Strapi's GraphQL plugin finds the same words here.
 */
type OperatorShape = 'value' | 'list' | 'self' | 'flag';

const OPERATORS: readonly (readonly [name: string, shape: OperatorShape, says: string])[] = [
  // Refused by the gateway when not empty (Strapi answers them with a 500): kept for Strapi's shape.
  ['and', 'list', 'Not supported by the towns: use and on the filters, with one condition per item.'],
  ['or', 'list', 'Not supported by the towns: use or on the filters, with one condition per item.'],
  ['not', 'self', 'These conditions do not hold.'],
  ['eq', 'value', 'Equal to.'],
  ['eqi', 'value', 'Equal to, ignoring case.'],
  ['ne', 'value', 'Not equal to.'],
  ['nei', 'value', 'Not equal to, ignoring case.'],
  ['startsWith', 'value', 'Starts with.'],
  ['endsWith', 'value', 'Ends with.'],
  ['contains', 'value', 'Contains.'],
  ['notContains', 'value', 'Does not contain.'],
  ['containsi', 'value', 'Contains, ignoring case.'],
  ['notContainsi', 'value', 'Does not contain, ignoring case.'],
  ['gt', 'value', 'Greater than (later than, for dates and times).'],
  ['gte', 'value', 'Greater than or equal to.'],
  ['lt', 'value', 'Less than (earlier than, for dates and times).'],
  ['lte', 'value', 'Less than or equal to.'],
  ['null', 'flag', 'With true, has no value.'],
  ['notNull', 'flag', 'With true, has a value.'],
  ['in', 'list', 'Equal to one of these (at most 100).'],
  ['notIn', 'list', 'Equal to none of these (at most 100).'],
  ['between', 'list', 'From the first value to the second, both included: exactly two values.'],
];

/** The filter operators' names, for the gateway to translate them to Strapi's `$` forms. */
export const FILTER_OPERATORS: readonly string[] = OPERATORS.map(([name]) => name);

export const FILTERED_SCALARS = ['ID', 'String', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'Time'] as const;
export type FilteredScalar = (typeof FILTERED_SCALARS)[number];

export const scalarFilterName = (scalar: FilteredScalar): string => `${scalar}FilterInput`;

export function toScalarFilterSdl(scalar: FilteredScalar): string {
  const self = scalarFilterName(scalar);
  // A record, not a switch: TypeScript requires a type for every shape.
  const typeOfShape: Record<OperatorShape, string> = { value: scalar, list: `[${scalar}]`, self, flag: 'Boolean' };
  const lines = OPERATORS.map(([name, shape, says]) => `${description(says, '  ')}  ${name}: ${typeOfShape[shape]}`);
  return `"""Strapi's operators on a ${scalar} value."""\ninput ${self} {\n${lines.join('\n')}\n}`;
}
