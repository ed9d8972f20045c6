import type { Probe } from './create-crawl';
import { EVIL_ORIGIN, noCredentialedReflection } from './no-credentialed-reflection';
import { refused4xx } from './oracles';

/**
 * The town's other APIs: the admin API (mounted even when the panel is not served),
 * users-permissions, upload, i18n, its own GraphQL: closed to the public, and nothing of the
 * admin users, API tokens or users the fixture planted in any answer. CORS on each.
 * Registering (an admin, a user) is left to named tests: it changes the town.
 */
export function townAdminProbes(url: string, admin: { email: string; userEmail: string } | undefined): Probe[] {
  const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const closed = (path: string, init: Partial<Probe> = {}): Probe => ({
    surface: 'town',
    attack: 'admin.api',
    url: `${url}${path}`,
    check: refused4xx(path),
    ...init,
  });
  const email = admin?.email ?? 'nobody@example.org';
  return [
    closed('/admin/users'),
    closed('/admin/users/me'),
    closed('/admin/api-tokens'),
    closed('/admin/roles'),
    closed('/admin/information'),
    closed('/communes-core/sharing'),
    closed('/communes-core/sharing', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subscriptions: [] }),
    }),
    closed('/communes-core/sharing', { method: 'DELETE' }),
    closed('/communes-core/network-members'),
    closed('/admin/login', json({ email, password: 'Wrong-password-1' })),
    closed('/admin/forgot-password', { ...json({ email: 'nobody@example.org' }), check: undefined }),
    { surface: 'town', attack: 'admin.api', url: `${url}/admin/init` },
    { surface: 'town', attack: 'admin.api', url: `${url}/admin/project-type` },
    closed('/api/users', { attack: 'users-permissions.api' }),
    closed('/api/users/me', { attack: 'users-permissions.api' }),
    closed('/api/users/1', { attack: 'users-permissions.api' }),
    closed('/api/users/count', { attack: 'users-permissions.api' }),
    closed('/api/users-permissions/roles', { attack: 'users-permissions.api' }),
    closed('/api/users-permissions/permissions', { attack: 'users-permissions.api' }),
    closed('/api/auth/local', {
      ...json({ identifier: admin?.userEmail ?? 'nobody@example.org', password: 'Wrong-password-1' }),
      attack: 'users-permissions.api',
    }),
    closed('/api/upload/files', { attack: 'upload.api' }),
    closed('/api/upload/files/1', { attack: 'upload.api' }),
    closed('/api/upload', { ...json({}), attack: 'upload.api' }),
    { surface: 'town', attack: 'i18n.api', url: `${url}/api/i18n/locales` },
    closed('/api/content-type-builder/content-types', { attack: 'admin.api' }),
    closed('/graphql', { ...json({ query: '{ __typename }' }), attack: 'town.graphql' }),
    { surface: 'town', attack: 'town.manifest', url: `${url}/api/communes-core/manifest` },
    // What every browser and crawler asks a server for, whatever it serves.
    ...['/', '/favicon.ico', '/robots.txt', '/_health', '/api', '/uploads/'].map(
      (path): Probe => ({ surface: 'town', attack: 'town.root', url: `${url}${path}` }),
    ),
    ...['/api/communes-council/meetings?pagination[pageSize]=1', '/api/communes-core/manifest', '/admin/init'].flatMap((path): Probe[] => [
      { surface: 'town', attack: 'cors', url: `${url}${path}`, headers: { origin: EVIL_ORIGIN }, check: noCredentialedReflection },
      {
        surface: 'town',
        attack: 'cors',
        method: 'OPTIONS',
        url: `${url}${path}`,
        headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
        check: noCredentialedReflection,
      },
    ]),
  ];
}
