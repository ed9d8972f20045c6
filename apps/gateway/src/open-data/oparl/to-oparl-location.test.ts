import { describe, expect, it } from 'vitest';
import { createOparlUrls } from './oparl-urls';
import { oparlErrors } from './testing/validate-oparl';
import { addressOfKey, locationKey, toOparlLocation } from './to-oparl-location';
import { fileKey } from './to-oparl-file';

const address = { locationName: 'Salle du conseil', streetAddress: 'Rue Lucien Plasman 7', postalCode: '7180', locality: 'Seneffe' };
const context = { urls: createOparlUrls('https://r.example'), town: 'seneffe', townUrl: 'http://127.0.0.1:1337', omitInternal: false };

describe('OParl locations and file keys', () => {
  it('gives one address one stable id, and reads the address back from it', () => {
    const key = locationKey(address)!;
    expect(locationKey({ ...address })).toBe(key);
    expect(locationKey({ ...address, locationName: 'Salle des mariages' })).not.toBe(key);
    expect(addressOfKey(key)).toEqual(address);
    const location = toOparlLocation(address, context, ['https://r.example/oparl/v1/bodies/seneffe/meetings/m1'])!;
    expect(oparlErrors(location)).toEqual([]);
    expect(location.id).toBe(`https://r.example/oparl/v1/bodies/seneffe/locations/${key}`);
  });

  it('has no location without an address, and refuses keys it did not make', () => {
    expect(locationKey({})).toBeUndefined();
    expect(toOparlLocation({ locality: '' }, context)).toBeUndefined();
    for (const key of [
      '',
      'not-base64!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[null,null,null,null]').toString('base64url'),
      Buffer.from('[1,2,3,4]').toString('base64url'),
      `${locationKey(address)}A`,
    ]) {
      expect(addressOfKey(key), key).toBeUndefined();
    }
  });

  it('keys a file by the last segment of its URL, relative or absolute', () => {
    expect(fileKey({ url: '/uploads/invitation_3f2a.pdf' })).toBe('invitation_3f2a.pdf');
    expect(fileKey({ url: 'https://cdn.example.org/a/b/plan%20A_1.png?v=2' })).toBe('plan A_1.png');
  });
});
