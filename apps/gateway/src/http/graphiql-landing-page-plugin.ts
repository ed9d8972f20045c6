import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Apollo's landing-page hook with the gateway's own page (GraphiQL from its own files) in
 * place of Apollo Sandbox, which loads from Apollo's CDN and reports usage. Apollo shows it to
 * a GET whose Accept prefers HTML, on `/graphql` and `/`; `createHttpServer` adds the page's
 * Content-Security-Policy.
 */
export function graphiqlLandingPagePlugin(html: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
