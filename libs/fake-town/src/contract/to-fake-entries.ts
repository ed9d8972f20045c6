import { contentTypeNamed, type RelationField } from '@communes/domain';
import { fixtureId } from './build-contract-fixture';
import { toStoredAttributes } from './served-attributes';
import type { FixtureFile, TownFixture } from './town-fixture';

type Entry = Record<string, unknown>;

const isMany = (field: RelationField): boolean => field.cardinality === 'oneToMany' || field.cardinality === 'manyToMany';

/** A file as Strapi's upload plugin describes it once stored by its local provider. */
function toStoredFile(file: FixtureFile, n: number, at: string) {
  const ext = file.name.slice(file.name.lastIndexOf('.'));
  const hash = `${file.name.slice(0, -ext.length).replace(/[^a-z0-9]+/gi, '_')}_${n.toString(16).padStart(10, '0')}`;
  // Strapi gives sizes in kilobytes, two decimals.
  const size = Math.round(Buffer.byteLength(file.text) / 10) / 100;
  return {
    id: n,
    documentId: fixtureId('file', n),
    name: file.name,
    alternativeText: null,
    caption: null,
    width: null,
    height: null,
    formats: null,
    hash,
    ext,
    mime: 'text/plain',
    size,
    url: `/uploads/${hash}${ext}`,
    previewUrl: null,
    provider: 'local',
    provider_metadata: null,
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
  };
}

/**
 * A town fixture as the fake town's entries: what a real town stores for it. One entry per
 * locale of a localized document; every public attribute (`toStoredAttributes`); links as
 * `{ documentId }`, written on both sides of each relation as Strapi keeps them; files in the
 * default locale (every locale for a shared file field); drafts with `publishedAt: null`; a
 * fixed clock, one second per document, for the timestamps.
 */
export function toFakeEntries(fixture: TownFixture): Record<string, Entry[]> {
  const [defaultLocale] = fixture.town.locales;
  const entries: Record<string, Entry[]> = {};
  let tick = 0;
  for (const [kind, documents] of Object.entries(fixture.entries)) {
    const type = contentTypeNamed(kind);
    entries[kind] = documents.flatMap((document) => {
      const at = new Date(Date.UTC(2026, 0, 1) + tick++ * 1000).toISOString();
      const locales = type.localized ? Object.keys(document.localized ?? {}) : [undefined];
      return locales.map((locale) => {
        const entry: Entry = {
          documentId: document.documentId,
          ...toStoredAttributes(kind, document, locale ?? defaultLocale!),
          createdAt: at,
          updatedAt: at,
          publishedAt: document.draft ? null : at,
          ...(locale ? { locale } : {}),
        };
        for (const [name, value] of Object.entries(document.shared)) {
          if (type.fields[name]?.kind === 'relation')
            entry[name] = Array.isArray(value) ? value.map((documentId) => ({ documentId })) : value ? { documentId: value } : null;
        }
        for (const [name, files] of Object.entries(document.files ?? {})) {
          const field = type.fields[name];
          if (field?.kind !== 'media' || (field.localized && locale !== defaultLocale)) continue;
          const stored = files.map((file) => toStoredFile(file, tick++, at));
          entry[name] = field.multiple ? stored : stored[0];
        }
        return entry;
      });
    });
  }
  // Strapi keeps both sides of a relation; the fixture names one.
  for (const [kind, documents] of Object.entries(fixture.entries)) {
    for (const document of documents) {
      for (const [name, value] of Object.entries(document.shared)) {
        const field = contentTypeNamed(kind).fields[name];
        if (field?.kind !== 'relation' || field.inverse === undefined) continue;
        const inverse = contentTypeNamed(field.target).fields[field.inverse] as RelationField;
        for (const target of (entries[field.target] ?? []).filter((e) => [value].flat().includes(e.documentId))) {
          const ref = { documentId: document.documentId };
          target[field.inverse] = isMany(inverse) ? [...((target[field.inverse] as Entry[] | undefined) ?? []), ref] : ref;
        }
      }
    }
  }
  return entries;
}
