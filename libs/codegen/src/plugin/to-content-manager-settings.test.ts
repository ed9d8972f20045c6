import { communesModel, resolveModel } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../testing/kitchen-sink-model';
import { toContentManagerSettings, titleFieldOf } from './to-content-manager-settings';

const council = toContentManagerSettings(communesModel, 'council');
const services = toContentManagerSettings(communesModel, 'services');

describe('toContentManagerSettings', () => {
  it('titles entries by their naming field: agenda items and services by name, memberships by role', () => {
    expect(council['agenda-item']?.mainField).toBe('name');
    expect(services['public-service']?.mainField).toBe('name');
    expect(council.membership?.mainField).toBe('role');
    expect(toContentManagerSettings(communesModel, 'requests')['service-type']?.mainField).toBe('name');
  });

  it('falls back to name, then title, then the first public string when the model names no field', () => {
    const type = (fields: Record<string, unknown>, titleField?: string) =>
      resolveModel([
        {
          domain: 'news',
          names: { singular: 'note', plural: 'notes', display: 'Note' },
          description: 'A note.',
          fields: fields as never,
          ...(titleField ? { titleField } : {}),
          defaultOrder: [],
          uniqueKeys: [],
          indexes: [],
        },
      ]).contentTypes[0]!;
    expect(titleFieldOf(type({ code: { kind: 'string' }, title: { kind: 'string' }, name: { kind: 'string' } }))).toBe('name');
    expect(titleFieldOf(type({ code: { kind: 'string' }, title: { kind: 'string' } }))).toBe('title');
    expect(titleFieldOf(type({ secret: { kind: 'string', private: true }, code: { kind: 'string' } }))).toBe('code');
    expect(titleFieldOf(type({ code: { kind: 'string' }, name: { kind: 'string' } }, 'code'))).toBe('code');
  });

  it('shows in the list of agenda items whether each is heard in public session', () => {
    expect(council['agenda-item']?.listFields).toContain('public');
    expect(council['agenda-item']?.listFields[0]).toBe('name');
  });

  it('gives every attribute a label in fr, nl, de and en, from the model', () => {
    const item = council['agenda-item']!;
    expect(item.labels.fr.public).toEqual({
      label: 'En séance publique',
      description: 'Décochez pour un point à huis clos : seul son intitulé sera publié, pas la décision.',
    });
    expect(item.labels.nl.name?.label).toBe('Titel');
    expect(item.labels.de.meeting?.label).toBe('Sitzung');
    for (const settings of [council, services])
      for (const type of Object.values(settings))
        for (const labels of Object.values(type.labels)) expect(Object.keys(labels).sort()).toEqual(Object.keys(type.labels.en).sort());
  });

  it('gives the inverse side of a relation plain words and makes it read-only, never "Inverse of"', () => {
    const meeting = council.meeting!;
    expect(meeting.labels.fr.agendaItems?.label).toBe('Points de l’ordre du jour');
    expect(meeting.readOnly).toEqual(['agendaItems']);
    expect(JSON.stringify(council)).not.toMatch(/Inverse of|RFC|WGS|regex/);
  });

  it('labels both columns of a map position, with the help in plain words', () => {
    const place = toContentManagerSettings(communesModel, 'directory').place!;
    expect(place.labels.fr.geoLatitude?.label).toBe('Position sur la carte: latitude');
    expect(place.labels.nl.geoLongitude?.label).toBe('Positie op de kaart: lengtegraad');
  });

  it('names each type after its domain in every language, so that the menu groups them', () => {
    expect(council.meeting?.displayName).toEqual({
      fr: 'Conseil · Séance',
      nl: 'Raad · Vergadering',
      de: 'Rat · Sitzung',
      en: 'Council · Meeting',
    });
  });

  it('tells relation pickers the naming field of their target', () => {
    expect(council.meeting?.relationMainFields).toMatchObject({ agendaItems: 'name', organizations: 'name' });
    expect(council['agenda-item']?.relationMainFields).toEqual({ meeting: 'name', decision: 'name', papers: 'name' });
  });

  it('versions each type by its settings: the same model gives the same version, new words another', () => {
    expect(toContentManagerSettings(communesModel, 'council').meeting?.version).toBe(council.meeting?.version);
    expect(council.meeting?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(council.meeting?.version).not.toBe(council.paper?.version);
  });

  it('still labels a model without editor text, from the field names', () => {
    const sink = toContentManagerSettings(kitchenSinkModel, 'council')['kitchen-sink']!;
    expect(Object.values(sink.labels.fr).every(({ label }) => label.length > 0)).toBe(true);
  });
});
