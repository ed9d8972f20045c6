import type { GraphiqlTab } from './graphiql-examples';

/**
 * The script that starts GraphiQL on the landing page: a file of its own, not inline, so that
 * the page's Content-Security-Policy can say `script-src 'self'` and nothing more. GraphiQL
 * posts to the gateway's own `/graphql` (a relative URL: the page works behind a path prefix),
 * opens with the example tabs, this week's bounds filled in, and shows the headers editor;
 * headers are not kept in the browser's storage.
 */
export function toGraphiqlStartScript(tabs: readonly GraphiqlTab[]): string {
  return `'use strict';
(function () {
  var tabs = ${JSON.stringify(tabs)};
  function day(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).toISOString();
  }
  var today = new Date();
  var monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  var nextMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
  var defaultTabs = tabs.map(function (tab) {
    var variables = tab.variables && tab.variables.replace('{{monday}}', day(monday)).replace('{{nextMonday}}', day(nextMonday));
    return variables ? { query: tab.query, variables: variables } : { query: tab.query };
  });
  var fetcher = GraphiQL.createFetcher({ url: 'graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: defaultTabs,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'variables',
    }),
  );
})();
`;
}
