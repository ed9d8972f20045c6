import type { CrawlSummary, Failure } from './create-crawl';

/** The one line CI logs show for a crawl. */
export const toSummaryLine = (summary: CrawlSummary): string =>
  `adversarial crawl: ${summary.requests} requests, ${Object.keys(summary.attacks).length} attack classes, ${summary.leaks} leaks, ${summary.serverErrors} server errors, ${summary.failures.length} failures`;

/** A problem without what varies between its occurrences: the value found, ids, counts. */
const shapeOf = (problem: string): string =>
  (problem.startsWith('leak of ') ? problem.replace(/\): .*$/s, ')') : problem)
    .replace(/CANARY-[0-9a-f]{8}-?/gi, 'CANARY-…-')
    .replace(/[a-z0-9]{24}/g, '<id>')
    .replace(/\b\d+ (matched|counted|entries)/g, 'N $1')
    .replace(/(the|expected) \d+ (published|\(public)/g, '$1 N $2')
    .slice(0, 160);

/**
 * Failures grouped by attack class and problem (the variable parts of a problem, ids and
 * counts, folded), with a few requests each: a readable report of hundreds of failures.
 */
export function formatFailures(failures: Failure[], examples = 3): string {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures) {
    const shape = shapeOf(failure.problem);
    const key = `${failure.surface} ${failure.attack}: ${shape}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, list]) =>
      [
        `${list.length} × ${key}`,
        ...list.slice(0, examples).map((f) => `    HTTP ${f.status} ${f.request.slice(0, 220)}\n      ${f.problem.slice(0, 220)}`),
      ].join('\n'),
    )
    .join('\n');
}
