import { join } from 'node:path';

/** The workspace root, where `npm run admin:build -w @communes/town` runs. */
export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
/** Screenshots and logs of the last run, git-ignored. */
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'artifacts');
/**
 * The lock every admin build of apps/town takes (`flock /tmp/admin-build.lock ...`): the build
 * replaces apps/town/build, which a town with its admin panel serves from.
 */
export const ADMIN_BUILD_LOCK = '/tmp/admin-build.lock';
