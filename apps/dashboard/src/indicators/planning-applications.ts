import { answer, countOf, type Indicator, SCOPE_ARGUMENTS, SCOPE_VARIABLES, tableOf } from './indicator';

const by = (groupBy: string) => `planningApplicationsAggregate(${SCOPE_ARGUMENTS}, filters: $filters, groupBy: ${groupBy}) ${answer()}`;

/** 1. Planning applications per town per month of a year, by type and by status. */
export const planningApplications: Indicator = {
  id: 'planning-applications',
  title: 'q1',
  query: `query PlanningApplicationsPerTown(${SCOPE_VARIABLES}, $filters: PlanningApplicationFiltersInput) {
  byMonth: ${by('[{ date: submissionDate, bucket: MONTH }, { field: town }]')}
  byType: ${by('[{ field: applicationType }, { field: town }]')}
  byStatus: ${by('[{ field: applicationStatus }, { field: town }]')}
}`,
  variables: ({ year }) => ({ filters: { submissionDate: { gte: `${year}-01-01`, lt: `${year + 1}-01-01` } } }),
  charts: (data, { words, year }) => [
    {
      id: 'applications-by-month',
      title: `${words.q1ByMonth} (${year})`,
      type: 'stacked',
      table: tableOf(data.byMonth!, 0, 1, countOf, words, words.month),
    },
    {
      id: 'applications-by-type',
      title: `${words.q1ByType} (${year})`,
      type: 'stacked',
      table: tableOf(data.byType!, 0, 1, countOf, words, words.type),
    },
    {
      id: 'applications-by-status',
      title: `${words.q1ByStatus} (${year})`,
      type: 'stacked',
      table: tableOf(data.byStatus!, 0, 1, countOf, words, words.status),
    },
  ],
};
