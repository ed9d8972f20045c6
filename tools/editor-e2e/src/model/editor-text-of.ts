import { communesModel, editorTextOf, type Field, type Locale } from '@communes/domain';

/** A field's label in a language (an inverse relation's from the side that declares it), or undefined when the model gives it none. */
export const editorLabelOf = (field: Field, locale: Locale): string | undefined => editorTextOf(communesModel, field)?.label[locale];
