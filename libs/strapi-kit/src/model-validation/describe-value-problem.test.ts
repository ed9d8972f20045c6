import { contentTypeNamed, checkEntryData } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { describeValueProblem } from './describe-value-problem';

const place = contentTypeNamed('place');
const [unknownDay] = checkEntryData(place, {
  openingHours: [{ dayOfWeek: ['lundy'], opens: '08:30', closes: '12:00' }],
});
const hours = place.fields.openingHours;

describe('describeValueProblem', () => {
  it('says in the editor’s language where and what, with the vocabulary’s labels and the parts’ labels', () => {
    expect(describeValueProblem(unknownDay!, 'fr', hours)).toBe(
      'n° 1 › Jours › n° 1 : Valeur inconnue « lundy » : choisissez Lundi, Mardi, Mercredi, …',
    );
    expect(describeValueProblem(unknownDay!, 'nl', hours)).toBe(
      'nr. 1 › Dagen › nr. 1: Onbekende waarde "lundy": kies Maandag, Dinsdag, Woensdag, …',
    );
    expect(describeValueProblem(unknownDay!, 'de', hours)).toBe(
      'Nr. 1 › Tage › Nr. 1: Unbekannter Wert „lundy“: wählen Sie Montag, Dienstag, Mittwoch, …',
    );
    expect(describeValueProblem(unknownDay!, 'en', hours)).toBe(
      'no. 1 › Days › no. 1: Unknown value "lundy": choose Monday, Tuesday, Wednesday, …',
    );
  });

  it('names a part by its name where the model gives it no label, or when the field is not given', () => {
    expect(describeValueProblem(unknownDay!, 'fr')).toBe(
      'n° 1 › dayOfWeek › n° 1 : Valeur inconnue « lundy » : choisissez Lundi, Mardi, Mercredi, …',
    );
  });

  it('names the part of an opening-hours period that is wrong by what the form calls it', () => {
    const [late] = checkEntryData(place, { openingHours: [{ dayOfWeek: ['monday'], opens: '12:00', closes: '08:30' }] });
    expect(describeValueProblem(late!, 'fr', hours)).toBe('n° 1 › Ferme à : La fin doit venir après le début.');
  });

  it('never shows a pattern or a standard’s name', () => {
    const [rule] = checkEntryData(contentTypeNamed('event'), { recurrenceRule: 'chaque samedi' });
    expect(describeValueProblem(rule!, 'fr')).toBe('Répétition illisible près de « CHAQUE SAMEDI ».');
  });
});
