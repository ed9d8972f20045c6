import { describe, expect, it } from 'vitest';
import { findDeveloperWording } from './developer-wording';

describe('findDeveloperWording', () => {
  it('finds what only a developer reads, with the text around it', () => {
    expect(
      findDeveloperWording([
        'Inverse of service-request.serviceType.',
        'A date-time (ISO 8601, UTC).',
        'Latitude (WGS 84)',
        'Must match ^[a-z0-9-]+$',
        'See RFC 5545',
        'Free-form JSON',
        'documentId',
        'FREQ=WEEKLY;BYDAY=SA',
        'Unsupported field type: plugin::communes-requests.vocabulary',
        'null',
        'undefined',
        '[object Object]',
      ]).map((found) => found.split(':')[0]),
    ).toEqual([
      'a derived relation’s description',
      'an ISO standard',
      'a coordinate system',
      'a regular expression',
      'an RFC',
      'JSON',
      'a documentId',
      'an iCalendar rule',
      'a content type’s uid',
      'Strapi’s notice for an input it cannot show',
      'a value the page could not show',
      'a value the page could not show',
      'a value the page could not show',
    ]);
  });

  it('leaves the editors’ French and Dutch alone', () => {
    expect(
      findDeveloperWording([
        'Annulée',
        'Nul ne peut être inscrit deux fois.',
        'Latitude et longitude, par exemple 50,4669 et 4,8675 (copiées d’un site de cartes).',
        'Breedte- en lengtegraad, bijvoorbeeld 50,4669 en 4,8675.',
        'EUR pour l’euro.',
        'Points de l’ordre du jour',
        'max. 2000 caractères',
      ]),
    ).toEqual([]);
  });
});
