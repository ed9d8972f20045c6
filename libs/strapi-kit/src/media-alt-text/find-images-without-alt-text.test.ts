import { describe, expect, it } from 'vitest';
import { findImagesWithoutAltText } from './find-images-without-alt-text';

describe('findImagesWithoutAltText', () => {
  it('finds pictures without alternative text, blank text included, in single and multiple fields', () => {
    const entry = {
      image: { name: 'parc.jpg', mime: 'image/jpeg', alternativeText: null },
      auxiliaryFiles: [
        { name: 'plan.png', mime: 'image/png', alternativeText: '  ' },
        { name: 'salle.jpg', mime: 'image/jpeg', alternativeText: 'La salle du conseil' },
      ],
    };
    expect(findImagesWithoutAltText(entry, ['image', 'auxiliaryFiles'])).toEqual([
      { field: 'image', fileName: 'parc.jpg' },
      { field: 'auxiliaryFiles', fileName: 'plan.png' },
    ]);
  });

  it('asks nothing of other files, of empty fields, or of fields it is not given', () => {
    const entry = {
      auxiliaryFiles: [{ name: 'ordre-du-jour.pdf', mime: 'application/pdf', alternativeText: null }],
      image: null,
      other: { name: 'x.jpg', mime: 'image/jpeg' },
    };
    expect(findImagesWithoutAltText(entry, ['auxiliaryFiles', 'image'])).toEqual([]);
  });
});
