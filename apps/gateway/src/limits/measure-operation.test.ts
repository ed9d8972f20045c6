import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../schema/build-schema';
import type { CostSettings } from './field-cost';
import { createOperationMeasurer } from './measure-operation';

const schema = buildGatewaySchema();
/** Five towns; `towns` names some of them, a group holds two; each town is in two groups. */
const settings: CostSettings = {
  maxPageSize: 100,
  towns: { count: (codes, group) => (codes ? codes.length : group ? 2 : 5), memberships: () => 10 },
};

function measure(text: string, values?: Record<string, unknown>, regionsFromIndex = false) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return createOperationMeasurer({
    schema,
    document,
    settings: { ...settings, regionsFromIndex },
    variablesOf: values === undefined ? undefined : { operation, values },
  })(operation);
}

/** `levels` fragments, each spreading the next twice: the last one's selection is named 2^(levels-1) times. */
function fragmentChain(levels: number, last: string): string {
  let text = 'query { ...F1 }';
  for (let i = 1; i < levels; i++) text += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
  return `${text} fragment F${levels} on Query { ${last} }`;
}

describe('measuring an operation', () => {
  it('counts a fragment as often as it is spread, without expanding it', () => {
    expect(measure(fragmentChain(30, 'a: towns { code }'))).toEqual({ depth: 2, aliases: 2 ** 29, cost: 5 * 2 ** 29 });
  });

  it('measures a chain no expansion could finish (2^399 uses), capping the counts', () => {
    const measured = measure(fragmentChain(400, 'a: towns { code }'));
    expect(measured.aliases).toBe(Number.MAX_SAFE_INTEGER);
    expect(measured.cost).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('counts nothing for a fragment cycle, which graphql refuses itself, instead of looping', () => {
    expect(measure('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A a: towns { code } }').aliases).toBe(1);
  });

  it('counts depth through fragments and inline fragments', () => {
    expect(
      measure('{ ...F } fragment F on Query { node(id: "x") { ... on Meeting { agendaItems { paper: papers { name } } } } }'),
    ).toMatchObject({ depth: 4, aliases: 1 });
  });

  it('reads fields on the type of an inline fragment: a relation list under node() costs its 10', () => {
    expect(measure('{ node(id: "x") { ... on Meeting { agendaItems { name } } } }').cost).toBe(10);
  });
});

describe('the cost of an operation', () => {
  it('counts a page once per town asked, then its relations once per entry kept', () => {
    expect(measure('{ meetings(first: 10) { totalCount } }').cost).toBe(5 * 10);
    expect(measure('{ meetings(towns: ["a"], first: 10) { nodes { agendaItems { name } } } }').cost).toBe(10 + 10 * 10);
    expect(measure('{ meetings(group: "hainaut", first: 10) { totalCount } }').cost).toBe(2 * 10);
  });

  it('takes `first` from the variables, else the variable default, else the schema default (20)', () => {
    const query = 'query ($first: Int = 100) { meetings(towns: ["a"], first: $first) { totalCount } }';
    expect(measure(query, {})).toMatchObject({ cost: 100 });
    expect(measure(query, { first: 3 })).toMatchObject({ cost: 3 });
    expect(measure('query ($first: Int) { meetings(towns: ["a"], first: $first) { totalCount } }', {})).toMatchObject({ cost: 20 });
    expect(measure('{ meetings(towns: ["a"]) { totalCount } }', {})).toMatchObject({ cost: 20 });
  });

  it('takes the towns from the variables and their defaults', () => {
    const query = 'query ($towns: [String!] = ["a", "b", "c"]) { meetings(towns: $towns, first: 10) { totalCount } }';
    expect(measure(query, {}).cost).toBe(3 * 10);
    expect(measure(query, { towns: ['a'] }).cost).toBe(10);
  });

  it('counts a page over the maximum as the maximum: the resolver refuses it with BAD_USER_INPUT', () => {
    expect(measure('{ meetings(towns: ["a"], first: 100000) { totalCount } }').cost).toBe(100);
  });

  it('counts search at 50 matches per town and kind searched', () => {
    const kinds = (schema.getType('ContentKind') as unknown as { getValues(): unknown[] }).getValues().length;
    expect(measure('{ search(text: "budget") { totalCount } }').cost).toBe(5 * kinds * 50);
    expect(
      measure(
        '{ search(text: "budget", kinds: [Meeting, NewsItem], towns: ["a"], first: 10) { nodes { ... on Meeting { agendaItems { name } } } } }',
      ).cost,
    ).toBe(2 * 50 + 10 * 10);
  });

  it("counts nodes(ids) per id, a list of towns per town, and a group's towns per membership", () => {
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(3);
    expect(measure('{ towns { meetings(first: 10) { totalCount } } }').cost).toBe(5 * 10);
    expect(measure('{ towns(group: "hainaut") { code } }').cost).toBe(2);
    expect(measure('{ groups { towns { meetings(first: 10) { totalCount } } } }').cost).toBe(10 * 10);
  });

  it('counts a shared page as read from every town, a town’s own list and one read from the index alike', () => {
    expect(measure('{ events(towns: ["a"], first: 10, shared: true) { totalCount } }').cost).toBe(5 * 10);
    expect(
      measure('{ events(towns: ["a"], first: 10, shared: $s) { totalCount } }'.replace('{ events', 'query($s: Boolean) { events'), {
        s: true,
      }).cost,
    ).toBe(5 * 10);
    expect(measure('{ events(towns: ["a"], first: 10, shared: false) { totalCount } }').cost).toBe(10);
    expect(measure('{ town(code: "a") { events(first: 10, shared: true) { totalCount } } }').cost).toBe(5 * 10);
    expect(measure('{ events(first: 100, shared: true) { totalCount } }', undefined, true).cost).toBe(5 * 100);
  });

  it("counts a region's page and search read from the index as one read of the page; one town's page as before", () => {
    const page = '{ meetings(first: 100) { nodes { name organizations { name } } } }';
    expect(measure(page).cost).toBe(5 * 100 + 100 * 10);
    expect(measure(page, undefined, true).cost).toBe(100 + 100 * 10);
    expect(measure('{ meetings(towns: ["a"], first: 100) { totalCount } }', undefined, true).cost).toBe(100);
    expect(measure('{ search(text: "x", first: 10) { totalCount } }', undefined, true).cost).toBe(10);
  });

  it('counts an aggregate as 1,000 entries, however many towns and groups: it reads the index, all of a kind', () => {
    const one = measure('{ meetingsAggregate(groupBy: [{ field: town }]) { groups { count keys { value } } } }').cost;
    expect(one).toBeGreaterThanOrEqual(1000);
    expect(one).toBeLessThan(1100);
    expect(measure('{ a: meetingsAggregate { totalCount } b: eventsAggregate { totalCount } }').cost).toBeGreaterThanOrEqual(2000);
  });

  it('does not count lists of values kept in an entry, nor introspection, as reads', () => {
    expect(measure('{ serviceTypes(towns: ["a"], first: 10) { nodes { attributes { code values { key } } } } }').cost).toBe(10 + 10 * 1);
    expect(measure('{ __schema { types { name } } }').cost).toBe(0);
  });
});
