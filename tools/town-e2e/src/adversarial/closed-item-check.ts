import type { Leak } from './leak-detector';
import type { TownPlanting } from './planting';

/**
 * What a closed-session item must not show, under the names the town (REST), the gateway
 * (GraphQL) and OParl give them. Its name, number, order, meeting and public flag are public.
 */
export const WITHHELD_FIELDS = [
  'result',
  // The gateway's label of the result code (`resultLabel`): withheld with the code.
  'resultLabel',
  'resolutionText',
  'decision',
  'papers',
  'resolutionFile',
  'auxiliaryFiles',
  'auxiliaryFile',
  'start',
  'end',
  'consultation',
] as const;

const isShown = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
const names = (node: Record<string, unknown>, id: string) =>
  node.documentId === id || (typeof node.id === 'string' && (node.id === id || node.id.endsWith(`/${id}`)));

/**
 * Walks a JSON answer for the closed items of a region: any object standing for one that
 * shows a withheld field, and any object standing for a paper linked only to one that names
 * it (a consultation, a decision, an agenda item list), is a leak. Canaries catch the text;
 * this catches what has no text of its own: the result code and the links.
 */
export function findClosedItemLeaks(json: unknown, plantings: TownPlanting[]): Leak[] {
  const leaks: Leak[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    for (const { town, closed } of plantings) {
      if (names(node, closed.documentId)) {
        for (const field of WITHHELD_FIELDS)
          if (isShown(node[field]))
            leaks.push({ site: `closed.${field}`, family: 'closed', town, found: JSON.stringify(node[field]).slice(0, 80) });
      }
      const paper = closed.papers.find((id) => names(node, id));
      if (paper && JSON.stringify(node).includes(closed.documentId))
        leaks.push({ site: 'closed.papers (link from the paper)', family: 'closed', town, found: paper });
    }
    Object.values(node).forEach(visit);
  };
  visit(json);
  return leaks;
}
