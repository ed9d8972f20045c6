/** One tab GraphiQL opens with: a query and its variables (JSON text). */
export interface GraphiqlTab {
  query: string;
  variables?: string;
}

/**
 * The tabs GraphiQL opens with the first time (then it keeps the visitor's own): queries of the
 * demo region (`npm start`: Seneffe, Sambreville and Eupen, group "wallonia"). `{{monday}}` and
 * `{{nextMonday}}` in variables are this week's bounds, which the page fills in the visitor's
 * time zone. The first tab takes no variables: GraphiQL 3 opens it with the variables editor
 * empty, whatever the tab holds.
 */
export const GRAPHIQL_EXAMPLES: readonly GraphiqlTab[] = [
  {
    query: `# The towns of the region, their groups and whether the gateway reaches them.
query Towns {
  towns {
    code
    name
    locales
    groups { kind code }
    status { state lastSeen latencyMs }
  }
}
`,
  },
  {
    query: `# Council meetings of a group of towns this week, in French or else German.
# Ctrl-Enter runs it; the variables below hold this week's Monday and the next one.
query MeetingsThisWeek($group: String!, $from: DateTime!, $to: DateTime!) {
  meetings(
    group: $group
    filters: { start: { gte: $from, lt: $to } }
    orderBy: [{ field: start, direction: ASC }]
    locale: ["fr", "de"]
    first: 20
  ) {
    totalCount
    missingTowns
    nodes {
      name
      start
      locationName
      town { name }
      agendaItems { number name }
    }
  }
}
`,
    variables: JSON.stringify({ group: 'wallonia', from: '{{monday}}', to: '{{nextMonday}}' }, null, 2),
  },
  {
    query: `# Events of every town, each read in the first of these locales it publishes in:
# \`locale\` says which one each event came in.
query EventsInLanguages {
  events(locale: ["nl", "de", "fr"], orderBy: [{ field: start, direction: DESC }], first: 10) {
    nodes {
      name
      locale
      start
      locationName
      town { code name }
    }
  }
}
`,
  },
];
