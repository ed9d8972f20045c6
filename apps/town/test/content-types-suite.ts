import {
  communesModel,
  contentTypeNamed,
  geoColumns,
  isConfidentialEntry,
  isWithheldField,
  namingOf,
  type Field,
  type RelationField,
  type ResolvedContentType,
} from '@communes/domain';
import { toStrapiSchema } from '@communes/codegen';
import type { Core, UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexColumns } from './index-columns';
import { sampleAttributes, sampleValue } from './sample-input';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const BASE_LOCALE = 'fr';
const SECOND_LOCALE = 'de';

type Entry = Record<string, unknown> & { documentId: string };

const uidOf = (type: ResolvedContentType) => namingOf(type).uid as UID.ContentType;
const isToOne = (field: RelationField) => field.cardinality === 'oneToOne' || field.cardinality === 'manyToOne';
const declaredRelations = (type: ResolvedContentType) =>
  Object.entries(type.fields).filter(
    (entry): entry is [string, RelationField] => entry[1].kind === 'relation' && entry[1].inverseOf === undefined,
  );

const documentIds = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((entry) => (entry as Entry).documentId).sort();

/** Creation order: every type after the types its required relations point to. */
function creationOrder(types: readonly ResolvedContentType[]): ResolvedContentType[] {
  const ordered: ResolvedContentType[] = [];
  const visit = (type: ResolvedContentType) => {
    if (ordered.includes(type)) return;
    for (const [, field] of declaredRelations(type)) {
      const target = types.find((t) => t.names.singular === field.target)!;
      if (field.required && target !== type) visit(target);
    }
    ordered.push(type);
  };
  types.forEach(visit);
  return ordered;
}

/** Compares what Strapi returns with what was written, per field kind. */
function expectStored(name: string, field: Field, actual: unknown, expected: unknown) {
  switch (field.kind) {
    case 'dateTime':
      expect(new Date(actual as string).toISOString(), name).toBe(expected);
      break;
    case 'time':
      expect(String(actual).slice(0, 8), name).toBe(String(expected).slice(0, 8));
      break;
    case 'media':
      if (Array.isArray(expected))
        expect(
          (actual as { id: number }[]).map((m) => m.id),
          name,
        ).toEqual(expected);
      else expect((actual as { id: number }).id, name).toBe(expected);
      break;
    default:
      expect(actual, name).toEqual(expected);
  }
}

/**
 * Proves the generated Strapi schemas, not only their text: a real Strapi loads them, and one
 * entry of every type, with every field and every declared relation set, is created,
 * published and read back, in two locales where the type is localized.
 */
export function defineContentTypeSuite(database: string, getDatabaseUrl: () => Promise<string | undefined>) {
  describe(`generated content types in Strapi on ${database}`, () => {
    let town: InProcessTown;
    let strapi: Core.Strapi;
    let mediaId: number;
    const created = new Map<string, string>();

    const relationsOf = (type: ResolvedContentType, include: (field: RelationField) => boolean = () => true) =>
      Object.fromEntries(
        declaredRelations(type)
          .filter(([, field]) => include(field))
          .map(([name, field]) => {
            const target = created.get(field.target)!;
            return [name, isToOne(field) ? target : [target]];
          }),
      );

    beforeAll(async () => {
      town = await startTownInProcess({ databaseUrl: await getDatabaseUrl(), locales: [BASE_LOCALE, SECOND_LOCALE] });
      strapi = town.strapi;
      const file = await strapi.db.query('plugin::upload.file').create({
        data: {
          name: 'minutes.pdf',
          hash: 'minutes_abc',
          ext: '.pdf',
          mime: 'application/pdf',
          size: 12.3,
          url: '/uploads/minutes_abc.pdf',
          provider: 'local',
        },
      });
      mediaId = file.id;

      const ordered = creationOrder(communesModel.contentTypes);
      for (const type of ordered) {
        const entry = (await strapi.documents(uidOf(type)).create({
          locale: BASE_LOCALE,
          status: 'published',
          data: { ...sampleAttributes(type.fields, BASE_LOCALE, mediaId), ...relationsOf(type, (field) => field.required === true) },
        } as never)) as Entry;
        created.set(type.names.singular, entry.documentId);
      }
      const publishAll = async (
        types: ResolvedContentType[],
        locale: string,
        dataOf: (type: ResolvedContentType) => Record<string, unknown>,
      ) => {
        for (const type of types) {
          await strapi
            .documents(uidOf(type))
            .update({ documentId: created.get(type.names.singular)!, locale, status: 'published', data: dataOf(type) } as never);
        }
      };
      // Optional relations once every target exists, self-relations included.
      await publishAll(ordered, BASE_LOCALE, (type) => relationsOf(type));
      // The second locale: localized fields first, then relations, which Strapi 5 keeps per
      // locale and which need their targets to exist in that locale.
      const localized = ordered.filter((type) => type.localized);
      await publishAll(localized, SECOND_LOCALE, (type) =>
        sampleAttributes(type.fields, SECOND_LOCALE, mediaId, (_, field) => field.localized === true),
      );
      await publishAll(localized, SECOND_LOCALE, (type) => relationsOf(type));
    });

    afterAll(async () => {
      await town?.stop();
    });

    it("registers one Strapi content type per model type, under the plugins' uids", () => {
      for (const type of communesModel.contentTypes) {
        const contentType = strapi.contentType(uidOf(type));
        expect(contentType, uidOf(type)).toBeDefined();
        expect(contentType.collectionName).toBe(namingOf(type).collectionName);
      }
    });

    it('gives the Public role read access to every type, and nothing more', async () => {
      const role = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'public' }, populate: ['permissions'] });
      const actions = (role.permissions as { action: string }[]).map((p) => p.action).filter((a) => a.includes('communes-'));
      expect(actions.sort()).toEqual(
        communesModel.contentTypes.flatMap((type) => [`${uidOf(type)}.find`, `${uidOf(type)}.findOne`]).sort(),
      );
      // users-permissions still created its own defaults (it only does on an empty table)...
      const authenticated = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'authenticated' }, populate: ['permissions'] });
      expect((authenticated.permissions as { action: string }[]).map((p) => p.action)).toContain('plugin::users-permissions.user.me');
      // ...and the core plugin took the account ones from the Public role: visitors have no account.
      expect((role.permissions as { action: string }[]).filter((p) => p.action.startsWith('plugin::users-permissions.'))).toEqual([]);
      const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as {
        allow_register: boolean;
      };
      expect(advanced.allow_register).toBe(false);
    });

    it('gives editors readable labels, a naming field and the default order in the Content Manager', async () => {
      const meeting = contentTypeNamed('meeting');
      const configuration = await strapi
        .plugin('content-manager')
        .service('content-types')
        .findConfiguration(strapi.contentType(uidOf(meeting)));
      expect(configuration.settings).toMatchObject({ mainField: 'name', defaultSortBy: 'start', defaultSortOrder: 'DESC' });
      // In the town's main language, from the model's words for editors.
      expect(configuration.metadatas.meetingState.edit.label).toBe('État');
      expect(configuration.metadatas.resultsProtocol.edit.label).toBe('Procès-verbal');
      expect(configuration.layouts.list[0]).toBe('name');
    });

    describe.each(communesModel.contentTypes.map((type) => [type.names.singular, type] as const))('%s', (_, type) => {
      const read = (locale: string) =>
        strapi.documents(uidOf(type)).findOne({
          documentId: created.get(type.names.singular)!,
          locale,
          status: 'published',
          populate: '*',
        } as never) as Promise<Entry | null>;

      it('stores and reads back every field', async () => {
        const entry = await read(BASE_LOCALE);
        expect(entry).not.toBeNull();
        for (const [name, field] of Object.entries(type.fields)) {
          if (field.kind === 'relation') continue;
          const expected = sampleValue(name, field, BASE_LOCALE, mediaId);
          if (field.kind === 'geoPoint') {
            const columns = geoColumns(name);
            expect({ latitude: entry![columns.latitude], longitude: entry![columns.longitude] }, name).toEqual(expected);
          } else {
            expectStored(name, field, entry![name], expected);
          }
        }
      });

      it('links every relation, and its inverse is seen from the other side', async () => {
        const entry = await read(BASE_LOCALE);
        for (const [name, field] of Object.entries(type.fields)) {
          if (field.kind !== 'relation') continue;
          const value = entry![name] as Entry | Entry[] | null;
          const ids = (Array.isArray(value) ? value : value ? [value] : []).map((e) => e.documentId);
          // A declared relation points to the target's sample entry; an inverse one to the
          // entry of the type that declares it.
          expect(ids, `${type.names.singular}.${name}`).toContain(created.get(field.target));
        }
      });

      it('marks private fields private, so Strapi never serves them', async () => {
        const contentType = strapi.contentType(uidOf(type));
        const entry = await read(BASE_LOCALE);
        const served = (await strapi.contentAPI.sanitize.output(entry, contentType as never, {})) as Record<string, unknown>;
        // The sample flips booleans from their defaults: a sample agenda item is heard in closed session.
        const confidential = isConfidentialEntry(type, entry!);
        for (const [name, field] of Object.entries(type.fields)) {
          if (field.kind === 'geoPoint' || field.kind === 'relation') continue;
          expect((contentType.attributes as Record<string, { private?: boolean }>)[name]?.private === true, name).toBe(
            field.private === true,
          );
          if (field.private || (confidential && isWithheldField(type, name))) {
            expect(entry![name], `${name} is stored`).toBeDefined();
            expect(served, `${name} is not served`).not.toHaveProperty(name);
          } else {
            expect(served, `${name} is served`).toHaveProperty(name);
          }
        }
      });

      it('creates the indexes the model declares', async () => {
        const schema = toStrapiSchema(type, communesModel);
        for (const index of schema.indexes) {
          expect(await indexColumns(strapi, index.name), index.name).toEqual(index.columns);
        }
      });

      it.runIf(type.localized)('keeps localized fields per locale and shares the others', async () => {
        const [base, second] = await Promise.all([read(BASE_LOCALE), read(SECOND_LOCALE)]);
        expect(second?.locale).toBe(SECOND_LOCALE);
        for (const [name, field] of Object.entries(type.fields)) {
          if (field.kind === 'relation' && field.inverseOf === undefined) {
            expect(documentIds(second![name]), `${name} in ${SECOND_LOCALE}`).toEqual(documentIds(base![name]));
          }
          if (field.kind === 'relation' || field.kind === 'geoPoint' || field.kind === 'media') continue;
          if (field.localized) {
            expectStored(name, field, second![name], sampleValue(name, field, SECOND_LOCALE, mediaId));
            if (field.kind !== 'boolean') expect(second![name], name).not.toEqual(base![name]);
          } else {
            expect(second![name], `${name} is shared across locales`).toEqual(base![name]);
          }
        }
      });
    });
  });
}
