import type { Field, Locale, ValueFormat, ValueProblem } from '@communes/domain';

type Words = {
  /** "item 2" of a list. */
  item(n: number): string;
  type: Record<NonNullable<ValueProblem['params']['expected']>, string>;
  format: Record<ValueFormat, string>;
  required: string;
  unknownField: (field: string) => string;
  unknownCode: (value: string, choices: string) => string;
  duplicateCode: (value: string) => string;
  tooShort: (n: number) => string;
  tooLong: (n: number) => string;
  tooSmall: (n: number) => string;
  tooLarge: (n: number) => string;
  endBeforeStart: string;
  recurrenceFrequency: string;
  recurrencePart: (part: string) => string;
  recurrenceCountAndUntil: string;
  quote: (text: string) => string;
};

/** Short, plain words per editor language: no pattern, no standard's name. */
const WORDS: Record<Locale, Words> = {
  fr: {
    item: (n) => `n° ${n}`,
    type: {
      list: 'Une liste est attendue.',
      object: 'Un groupe de champs est attendu.',
      text: 'Un texte est attendu.',
      number: 'Un nombre est attendu.',
      integer: 'Un nombre entier est attendu.',
      boolean: 'Oui ou non est attendu.',
    },
    format: {
      date: 'Date invalide : écrivez par exemple 2026-03-14.',
      dateTime: 'Date et heure invalides : écrivez par exemple 2026-03-14T19:30:00Z.',
      time: 'Heure invalide : écrivez par exemple 19:30.',
      email: 'Adresse e-mail invalide : écrivez par exemple accueil@commune.be.',
      url: 'Adresse web invalide : elle commence par https://.',
      currency: 'Monnaie invalide : trois lettres majuscules, par exemple EUR.',
      memberCode: 'Identifiant de membre invalide : lettres minuscules, chiffres et tirets, par exemple sambreville.',
    },
    required: 'Ce champ est obligatoire.',
    unknownField: (f) => `Champ inconnu « ${f} » : retirez-le.`,
    unknownCode: (v, c) => `Valeur inconnue « ${v} » : choisissez ${c}`,
    duplicateCode: (v) => `« ${v} » est déjà dans la liste.`,
    tooShort: (n) => `Trop court : au moins ${n} caractères.`,
    tooLong: (n) => `Trop long : au plus ${n} caractères.`,
    tooSmall: (n) => `Trop petit : au moins ${n}.`,
    tooLarge: (n) => `Trop grand : au plus ${n}.`,
    endBeforeStart: 'La fin doit venir après le début.',
    recurrenceFrequency: 'Répétition sans fréquence connue : chaque jour, semaine, mois ou année.',
    recurrencePart: (p) => `Répétition illisible près de « ${p} ».`,
    recurrenceCountAndUntil: 'Une répétition a un nombre de fois ou une date de fin, pas les deux.',
    quote: (t) => `« ${t} »`,
  },
  nl: {
    item: (n) => `nr. ${n}`,
    type: {
      list: 'Een lijst wordt verwacht.',
      object: 'Een groep velden wordt verwacht.',
      text: 'Een tekst wordt verwacht.',
      number: 'Een getal wordt verwacht.',
      integer: 'Een geheel getal wordt verwacht.',
      boolean: 'Ja of nee wordt verwacht.',
    },
    format: {
      date: 'Ongeldige datum: schrijf bijvoorbeeld 2026-03-14.',
      dateTime: 'Ongeldige datum en tijd: schrijf bijvoorbeeld 2026-03-14T19:30:00Z.',
      time: 'Ongeldig uur: schrijf bijvoorbeeld 19:30.',
      email: 'Ongeldig e-mailadres: schrijf bijvoorbeeld onthaal@gemeente.be.',
      url: 'Ongeldig webadres: het begint met https://.',
      currency: 'Ongeldige munt: drie hoofdletters, bijvoorbeeld EUR.',
      memberCode: 'Ongeldige identificatie van een lid: kleine letters, cijfers en streepjes, bijvoorbeeld sambreville.',
    },
    required: 'Dit veld is verplicht.',
    unknownField: (f) => `Onbekend veld "${f}": verwijder het.`,
    unknownCode: (v, c) => `Onbekende waarde "${v}": kies ${c}`,
    duplicateCode: (v) => `"${v}" staat al in de lijst.`,
    tooShort: (n) => `Te kort: minstens ${n} tekens.`,
    tooLong: (n) => `Te lang: hoogstens ${n} tekens.`,
    tooSmall: (n) => `Te klein: minstens ${n}.`,
    tooLarge: (n) => `Te groot: hoogstens ${n}.`,
    endBeforeStart: 'Het einde moet na het begin komen.',
    recurrenceFrequency: 'Herhaling zonder gekende frequentie: elke dag, week, maand of jaar.',
    recurrencePart: (p) => `Herhaling onleesbaar bij "${p}".`,
    recurrenceCountAndUntil: 'Een herhaling heeft een aantal keer of een einddatum, niet beide.',
    quote: (t) => `"${t}"`,
  },
  de: {
    item: (n) => `Nr. ${n}`,
    type: {
      list: 'Eine Liste wird erwartet.',
      object: 'Eine Gruppe von Feldern wird erwartet.',
      text: 'Ein Text wird erwartet.',
      number: 'Eine Zahl wird erwartet.',
      integer: 'Eine ganze Zahl wird erwartet.',
      boolean: 'Ja oder nein wird erwartet.',
    },
    format: {
      date: 'Ungültiges Datum: schreiben Sie z. B. 2026-03-14.',
      dateTime: 'Ungültiges Datum mit Uhrzeit: schreiben Sie z. B. 2026-03-14T19:30:00Z.',
      time: 'Ungültige Uhrzeit: schreiben Sie z. B. 19:30.',
      email: 'Ungültige E-Mail-Adresse: schreiben Sie z. B. empfang@gemeinde.be.',
      url: 'Ungültige Webadresse: sie beginnt mit https://.',
      currency: 'Ungültige Währung: drei Großbuchstaben, z. B. EUR.',
      memberCode: 'Ungültige Kennung eines Mitglieds: Kleinbuchstaben, Ziffern und Bindestriche, z. B. eupen.',
    },
    required: 'Dieses Feld ist Pflicht.',
    unknownField: (f) => `Unbekanntes Feld „${f}“: bitte entfernen.`,
    unknownCode: (v, c) => `Unbekannter Wert „${v}“: wählen Sie ${c}`,
    duplicateCode: (v) => `„${v}“ steht schon in der Liste.`,
    tooShort: (n) => `Zu kurz: mindestens ${n} Zeichen.`,
    tooLong: (n) => `Zu lang: höchstens ${n} Zeichen.`,
    tooSmall: (n) => `Zu klein: mindestens ${n}.`,
    tooLarge: (n) => `Zu groß: höchstens ${n}.`,
    endBeforeStart: 'Das Ende muss nach dem Beginn liegen.',
    recurrenceFrequency: 'Wiederholung ohne bekannte Häufigkeit: täglich, wöchentlich, monatlich oder jährlich.',
    recurrencePart: (p) => `Wiederholung unlesbar bei „${p}“.`,
    recurrenceCountAndUntil: 'Eine Wiederholung hat eine Anzahl oder ein Enddatum, nicht beides.',
    quote: (t) => `„${t}“`,
  },
  en: {
    item: (n) => `no. ${n}`,
    type: {
      list: 'A list is expected.',
      object: 'A group of fields is expected.',
      text: 'A text is expected.',
      number: 'A number is expected.',
      integer: 'A whole number is expected.',
      boolean: 'Yes or no is expected.',
    },
    format: {
      date: 'Invalid date: write e.g. 2026-03-14.',
      dateTime: 'Invalid date and time: write e.g. 2026-03-14T19:30:00Z.',
      time: 'Invalid time: write e.g. 19:30.',
      email: 'Invalid e-mail address: write e.g. desk@town.be.',
      url: 'Invalid web address: it starts with https://.',
      currency: 'Invalid currency: three capital letters, e.g. EUR.',
      memberCode: 'Invalid member identifier: lower case letters, digits and dashes, e.g. sambreville.',
    },
    required: 'This field is required.',
    unknownField: (f) => `Unknown field "${f}": remove it.`,
    unknownCode: (v, c) => `Unknown value "${v}": choose ${c}`,
    duplicateCode: (v) => `"${v}" is already in the list.`,
    tooShort: (n) => `Too short: at least ${n} characters.`,
    tooLong: (n) => `Too long: at most ${n} characters.`,
    tooSmall: (n) => `Too small: at least ${n}.`,
    tooLarge: (n) => `Too large: at most ${n}.`,
    endBeforeStart: 'The end must come after the start.',
    recurrenceFrequency: 'Repetition without a known frequency: every day, week, month or year.',
    recurrencePart: (p) => `Repetition unreadable near "${p}".`,
    recurrenceCountAndUntil: 'A repetition has a number of times or an end date, not both.',
    quote: (t) => `"${t}"`,
  },
};

/** A value in a message: short, on one line. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/**
 * Where in the field: "n° 2 › Jours" (items counted from 1, as editors count; a part named by
 * its label in the editor's language, as the form shows it, or by its name when the model
 * gives it none).
 */
function whereIn(path: ValueProblem['path'], words: Words, field: Field | undefined, language: Locale): string {
  let current = field;
  return path
    .slice(1)
    .map((segment) => {
      if (typeof segment === 'number') return words.item(segment + 1);
      current = current?.kind === 'struct' ? current.valueType.fields[segment] : undefined;
      return current?.editor?.label[language] ?? shown(segment);
    })
    .join(' › ');
}

/**
 * One problem in the editor's language, e.g. "n° 1 › Jours › n° 1 : Valeur inconnue
 * « lundy » : choisissez Lundi, Mardi, Mercredi, …". The field itself (`field`, the model's
 * field the problem's path starts at) is named by the error's path, under which the admin
 * panel shows the message.
 */
export function describeValueProblem({ path, code, params }: ValueProblem, language: Locale, field?: Field): string {
  const words = WORDS[language];
  const text = (() => {
    switch (code) {
      case 'type':
        return words.type[params.expected ?? 'text'];
      case 'format':
        return words.format[params.format ?? 'date'];
      case 'unknownCode': {
        const labels = (params.vocabulary?.codes ?? []).map((c) => c.labels[language] ?? c.labels.en);
        const choices = labels.length > 4 ? `${labels.slice(0, 3).join(', ')}, …` : `${labels.join(', ')}.`;
        return words.unknownCode(shown(params.value), choices);
      }
      case 'unknownField':
        return words.unknownField(params.field ?? '');
      case 'duplicateCode':
        return words.duplicateCode(shown(params.value));
      case 'tooShort':
      case 'tooLong':
      case 'tooSmall':
      case 'tooLarge':
        return words[code](params.limit ?? 0);
      case 'recurrencePart':
        return words.recurrencePart(shown(params.part ?? ''));
      default:
        return words[code];
    }
  })();
  const where = whereIn(path, words, field, language);
  return where ? `${where} : ${text}`.replace(' : ', language === 'fr' ? ' : ' : ': ') : text;
}
