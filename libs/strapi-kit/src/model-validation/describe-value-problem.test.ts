import { contentTypeNamed, checkEntryData } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { describeValueProblem } from './describe-value-problem';

const [unknownDay] = checkEntryData(contentTypeNamed('place'), {
  openingHours: [{ dayOfWeek: ['lundy'], opens: '08:30', closes: '12:00' }],
});

describe('describeValueProblem', () => {
  it('says in the editor’s language where and what, with the vocabulary’s labels', () => {
    expect(describeValueProblem(unknownDay!, 'fr')).toBe(
      'n° 1 › dayOfWeek › n° 1 : Valeur inconnue « lundy » : choisissez Lundi, Mardi, Mercredi, …',
    );
    expect(describeValueProblem(unknownDay!, 'nl')).toBe(
      'nr. 1 › dayOfWeek › nr. 1: Onbekende waarde "lundy": kies Maandag, Dinsdag, Woensdag, …',
    );
    expect(describeValueProblem(unknownDay!, 'de')).toBe(
      'Nr. 1 › dayOfWeek › Nr. 1: Unbekannter Wert „lundy“: wählen Sie Montag, Dienstag, Mittwoch, …',
    );
    expect(describeValueProblem(unknownDay!, 'en')).toBe(
      'no. 1 › dayOfWeek › no. 1: Unknown value "lundy": choose Monday, Tuesday, Wednesday, …',
    );
  });

  it('never shows a pattern or a standard’s name', () => {
    const [rule] = checkEntryData(contentTypeNamed('event'), { recurrenceRule: 'chaque samedi' });
    expect(describeValueProblem(rule!, 'fr')).toBe('Répétition illisible près de « CHAQUE SAMEDI ».');
  });
});
