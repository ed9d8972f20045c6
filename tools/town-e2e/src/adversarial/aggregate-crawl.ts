import { communesModel, namingOf } from '@communes/domain';
import { aggregateFieldsOf } from '../../../../apps/gateway/src/aggregates/aggregate-fields';
import type { Crawl, Probe } from './create-crawl';
import { errorCodes, graphqlProbe } from './graphql-probe';
import type { RegionTarget } from './region-target';

/** `count` is null, and `suppressed` true, for a group under the gateway's GATEWAY_AGGREGATE_MIN_COUNT. */
type Groups = { groups: { keys: { value: string | null }[]; count: number | null; suppressed?: boolean }[] };

/**
 * The aggregates as an attacker reads them: every kind grouped by each of its group fields and
 * by each date field's days (every answer goes through the leak detector), and the closed
 * items of each town grouped by what they withhold: their result (a code no public item has)
 * and their start never appear as a group, whatever is grouped or filtered, from the index or
 * counted live by the town.
 */
export async function crawlAggregates(crawl: Crawl, region: RegionTarget): Promise<void> {
  const probes: Probe[] = [];
  const answered = (what: string) => (answer: { json?: { data?: unknown } | null }) =>
    answer.json?.data ? undefined : `${what}: no data (${errorCodes(answer as never).join(', ')})`;
  for (const type of communesModel.contentTypes) {
    const { listField, graphqlType } = namingOf(type);
    const fields = aggregateFieldsOf(type);
    const measures = [
      ...(fields.distinct.length ? [`countDistinct(field: ${fields.distinct[0]})`] : []),
      ...fields.number.map((field, i) => `n${i}: max(field: ${field})`),
    ].join(' ');
    const by = [...fields.group.map((field) => `{ field: ${field} }`), ...fields.date.map((date) => `{ date: ${date}, bucket: DAY }`)];
    for (const groupBy of by)
      probes.push(
        graphqlProbe(
          region,
          'graphql.aggregate',
          `{ ${listField}Aggregate(groupBy: [${groupBy}]) { totalCount groups { keys { value label } count ${measures} } } }`,
          {},
          answered(`${graphqlType} by ${groupBy}`),
        ),
      );
  }
  for (const { town, closed } of region.plantings) {
    const day = closed.start.slice(0, 10);
    probes.push(
      graphqlProbe(
        region,
        'graphql.aggregate-closed',
        `query($towns: [String!]) { agendaItemsAggregate(towns: $towns, groupBy: [{ field: result }, { field: public }]) { groups { keys { value } count } } }`,
        { towns: [town] },
        (answer) => {
          const groups = (answer.json?.data as { agendaItemsAggregate?: Groups } | undefined)?.agendaItemsAggregate?.groups;
          if (!groups) return `agendaItemsAggregate of ${town}: no data`;
          return groups.some((g) => g.keys[0]!.value === closed.result) ? `${town}'s closed item's result is a group` : undefined;
        },
      ),
      graphqlProbe(
        region,
        'graphql.aggregate-closed',
        `query($towns: [String!], $id: ID) { agendaItemsAggregate(towns: $towns, filters: { documentId: { eq: $id } }, groupBy: [{ date: start, bucket: DAY }, { date: end, bucket: DAY }]) { groups { keys { value } count suppressed d: duration(from: start, to: end) } } }`,
        { towns: [town], id: closed.documentId },
        (answer) => {
          const groups = (answer.json?.data as { agendaItemsAggregate?: Groups } | undefined)?.agendaItemsAggregate?.groups;
          if (!groups) return `agendaItemsAggregate of ${town}'s closed item: no data`;
          // One entry (the filter names it): a count of 1, or a small count withheld.
          if (!groups.some((g) => g.count === 1 || g.suppressed))
            return `${town}'s closed item is not in the index: this probe proves nothing`;
          return groups.some((g) => g.keys.some((k) => k.value === day) || (g as { d?: number | null }).d !== null)
            ? `${town}'s closed item's times are grouped`
            : undefined;
        },
      ),
      // Counted live by the town: its filters on a withheld field keep public items only.
      graphqlProbe(
        region,
        'graphql.aggregate-closed',
        `query($towns: [String!], $result: AgendaItemResult) { agendaItemsAggregate(towns: $towns, source: LIVE, groupBy: [{ field: result }, { field: public }]) { groups { keys { value } count } }
          only: agendaItemsAggregate(towns: $towns, source: LIVE, filters: { result: { eq: $result } }) { totalCount source } }`,
        { towns: [town], result: closed.result },
        (answer) => {
          const data = answer.json?.data as
            | { agendaItemsAggregate?: Groups; only?: { totalCount: number | null; source: string } }
            | undefined;
          if (!data?.agendaItemsAggregate || data.only?.source !== 'LIVE') return `live agendaItemsAggregate of ${town}: no data`;
          if (data.agendaItemsAggregate.groups.some((g) => g.keys[0]!.value === closed.result))
            return `${town}'s closed item's result is a live group`;
          return data.only.totalCount === 0 ? undefined : `${town}'s closed item's result counted live (${data.only.totalCount})`;
        },
      ),
    );
  }
  await crawl.probeAll(probes);
}
