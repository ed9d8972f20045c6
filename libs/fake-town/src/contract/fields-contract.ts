import { describe, expect, it } from 'vitest';
import { documents, pathOf, type ContractContext } from './contract-context';

/** Keys a town may add to any entry the client narrowed with `fields`: Strapi's numeric id, which the gateway never reads. */
const ALWAYS = ['id', 'documentId'];

/** `fields`: the attributes asked for, and the ones a town always adds. */
export function defineFieldsContract({ client }: ContractContext) {
  const keysOf = (entries: object[]) => [...new Set(entries.flatMap((entry) => Object.keys(entry)))].sort();

  describe('fields', () => {
    it('narrow each entry to the attributes asked for, with its documentId', async () => {
      const events = await client.list(pathOf('event'), 'fields[0]=name&fields[1]=price');
      expect(events).toHaveLength(12);
      expect(keysOf(events).filter((key) => !ALWAYS.includes(key))).toEqual(['name', 'price']);
      expect(events.every((event) => typeof event.documentId === 'string')).toBe(true);
    });

    it('take system fields, the locale and geo columns', async () => {
      const [event] = await client.list(
        pathOf('event'),
        `filters[documentId][$eq]=${documents('evt', 1)[0]}&fields[0]=locale&fields[1]=updatedAt&fields[2]=geoLatitude&fields[3]=geoLongitude`,
      );
      expect(event).toMatchObject({ locale: 'fr', geoLatitude: 50.4717, geoLongitude: 4.2625 });
      expect(Date.parse(String(event!.updatedAt))).not.toBeNaN();
    });

    it('give a list of codes as a list', async () => {
      const [event] = await client.list(pathOf('event'), `filters[documentId][$eq]=${documents('evt', 7)[0]}&fields[0]=categories`);
      expect(event?.categories).toEqual(['festival', 'concert']);
    });

    it("keep a kind's confidentiality flag, which the gateway needs to apply the rule", async () => {
      const items = await client.list(pathOf('agenda-item'), 'fields[0]=name');
      expect(keysOf(items).filter((key) => !ALWAYS.includes(key))).toEqual(['name', 'public']);
    });

    it('leave populated relations in, narrowed by their own fields', async () => {
      const requests = await client.list(pathOf('service-request'), 'fields[0]=description&populate[serviceType][fields][0]=serviceCode');
      expect(keysOf(requests).filter((key) => !ALWAYS.includes(key))).toEqual(['description', 'serviceType']);
      expect(keysOf(requests.map((r) => r.serviceType as object)).filter((key) => !ALWAYS.includes(key))).toEqual(['serviceCode']);
    });

    it('narrow one entry too', async () => {
      const { status, body } = await client.get<Record<string, unknown>>(`${pathOf('event')}/${documents('evt', 1)[0]}`, 'fields[0]=name');
      expect(status).toBe(200);
      expect(keysOf([body.data]).filter((key) => !ALWAYS.includes(key))).toEqual(['name']);
    });
  });
}
