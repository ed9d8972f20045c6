import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './gateway-harness';

/** Meetings of one town at the given hours of 1 January 2026 (hours repeat across towns: the merge breaks ties). */
const meetings = (town: string, hours: number[]) =>
  hours.map((hour, i) => ({
    documentId: `${town}mtg${String(i).padStart(16, '0')}`,
    name: `${town} meeting ${i}`,
    start: new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString(),
    meetingType: 'council',
    locale: 'fr',
  }));

/**
 * Twelve fake towns behind a gateway with its cache off: one ("hot", first) holds the 30
 * newest meetings, the others six older ones each, interleaved. A page of 20 in start order
 * uses up the hot town's share, whichever way it pages.
 */
export async function startHotTownRegion() {
  const hours: Record<string, number[]> = { hot: Array.from({ length: 30 }, (_, i) => 1000 + i) };
  for (let t = 0; t < 11; t++) hours[`t${String(t).padStart(2, '0')}`] = Array.from({ length: 6 }, (_, i) => (i * 11 + t * 3) % 50);
  const towns: (FakeTown & { code: string })[] = [];
  for (const [code, list] of Object.entries(hours))
    towns.push({ code, ...(await startFakeTown({ code, entries: { meeting: meetings(code, list) } })) });
  const gateway = await startGatewayOver(
    towns.map((t) => ({ code: t.code, url: t.url })),
    { cacheTtlMs: 0 },
  );
  /** The `pagination[limit]` of each meetings request a town received since `from`. */
  const limitsAsked = (town: FakeTown, from: number) =>
    town.requests
      .slice(from)
      .filter((path) => path.includes('/meetings?'))
      .map((path) => Number(new URLSearchParams(path.split('?')[1]).get('pagination[limit]')));
  return {
    towns,
    gateway,
    limitsAsked,
    async stop() {
      await gateway.stop();
      for (const town of towns) await town.stop();
    },
  };
}
