import { describe, expect, it } from 'vitest';
import { DOMAINS } from './content-type';
import { LOCALES } from './field';
import { isLocalizableKind } from './field-capabilities';
import { contentTypeNamed as typeNamed } from './content-type-named';
import { communesModel } from './model';

describe('the Communes model', () => {
  it('gives every domain at least one content type (each domain is a plugin)', () => {
    for (const domain of DOMAINS) {
      expect(
        communesModel.contentTypes.some((t) => t.domain === domain),
        domain,
      ).toBe(true);
    }
  });

  it('localizes only text meant for readers: dates, numbers, geo points and codes are shared', () => {
    for (const type of communesModel.contentTypes) {
      for (const [name, field] of Object.entries(type.fields)) {
        if (field.localized) expect(isLocalizableKind(field.kind), `${type.names.singular}.${name}`).toBe(true);
      }
    }
  });

  it('keeps the requester of a service request private', () => {
    const fields = typeNamed('service-request').fields;
    for (const name of ['requesterFirstName', 'requesterLastName', 'requesterEmail', 'requesterPhone', 'deviceId', 'accountId']) {
      expect(fields[name]?.private, name).toBe(true);
    }
    expect(fields.description?.private).toBeUndefined();
  });

  it('withholds what was decided in closed session, and calls nothing else confidential', () => {
    // Reviewed: service requests keep their requester `private` (never served, whatever the
    // entry); a planning application holds no applicant; people are public office holders.
    // Only an agenda item's fields depend on the entry: a closed-session item keeps its title.
    expect(communesModel.contentTypes.filter((t) => t.confidentiality).map((t) => t.names.singular)).toEqual(['agenda-item']);
    expect(typeNamed('agenda-item').confidentiality).toEqual({
      when: { field: 'public', equals: false },
      visible: ['meeting', 'number', 'order', 'name', 'public'],
    });
  });

  it('links agenda items to their meeting both ways', () => {
    expect(typeNamed('agenda-item').fields.meeting).toMatchObject({ cardinality: 'manyToOne', target: 'meeting' });
    expect(typeNamed('meeting').fields.agendaItems).toMatchObject({ cardinality: 'oneToMany', target: 'agenda-item' });
  });

  it('labels every vocabulary code in the four languages editors work in (pickers never show a code)', () => {
    for (const vocabulary of communesModel.vocabularies) {
      for (const code of vocabulary.codes)
        for (const locale of LOCALES) expect(code.labels[locale], `${vocabulary.name}.${code.code} (${locale})`).toBeTruthy();
    }
    const topics = communesModel.vocabularies.find((v) => v.name === 'Topic')!;
    expect(topics.codes).toHaveLength(17);
    for (const code of topics.codes) expect(Object.keys(code.labels).sort()).toEqual(['de', 'en', 'fr', 'nl']);
  });
});
