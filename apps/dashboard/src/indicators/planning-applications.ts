import { countOf, type Indicator, tableOf } from './indicator';

/** 1. Planning applications per town per month of a year, by type and by status. */
export const planningApplications: Indicator = {
  id: 'planning-applications',
  operation: 'PlanningApplicationsPerTown',
  title: 'q1',
  requests: ({ year }) => {
    const list = 'planningApplications';
    const filtersType = 'PlanningApplicationFiltersInput';
    const filters = { submissionDate: { gte: `${year}-01-01`, lt: `${year + 1}-01-01` } };
    return [
      { alias: 'byMonth', list, filtersType, filters, groupBy: [{ date: 'submissionDate', bucket: 'MONTH' }, { field: 'town' }] },
      { alias: 'byType', list, filtersType, filters, groupBy: [{ field: 'applicationType' }, { field: 'town' }] },
      { alias: 'byStatus', list, filtersType, filters, groupBy: [{ field: 'applicationStatus' }, { field: 'town' }] },
    ];
  },
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
