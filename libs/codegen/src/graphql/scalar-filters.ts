/**
 * Strapi's GraphQL filter operators, one input per scalar, so that a front-end team that
 * knows Strapi's GraphQL plugin finds the same words here.
 */
type OperatorShape = 'value' | 'list' | 'self' | 'flag';

const OPERATORS: readonly (readonly [name: string, shape: OperatorShape])[] = [
  ['and', 'list'],
  ['or', 'list'],
  ['not', 'self'],
  ['eq', 'value'],
  ['eqi', 'value'],
  ['ne', 'value'],
  ['nei', 'value'],
  ['startsWith', 'value'],
  ['endsWith', 'value'],
  ['contains', 'value'],
  ['notContains', 'value'],
  ['containsi', 'value'],
  ['notContainsi', 'value'],
  ['gt', 'value'],
  ['gte', 'value'],
  ['lt', 'value'],
  ['lte', 'value'],
  ['null', 'flag'],
  ['notNull', 'flag'],
  ['in', 'list'],
  ['notIn', 'list'],
  ['between', 'list'],
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
  const lines = OPERATORS.map(([name, shape]) => `  ${name}: ${typeOfShape[shape]}`);
  return `"""Strapi's operators on a ${scalar} value."""\ninput ${self} {\n${lines.join('\n')}\n}`;
}
