import { communesModel, contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { confidentialModel } from '../testing/confidential-model';
import { kitchenSinkModel } from '../testing/kitchen-sink-model';
import { toIndexName, toStrapiSchema } from './to-strapi-schema';

const sinkType = contentTypeNamed('kitchen-sink', kitchenSinkModel);
const drawerType = contentTypeNamed('drawer', kitchenSinkModel);
const sink = toStrapiSchema(sinkType, kitchenSinkModel);
const drawer = toStrapiSchema(drawerType, kitchenSinkModel);
const localized = (value: boolean) => ({ i18n: { localized: value } });

describe('toStrapiSchema', () => {
  it('names the type from its kebab names, in the plugin of its domain', () => {
    expect(sink).toMatchObject({
      kind: 'collectionType',
      collectionName: 'communes_council_kitchen_sinks',
      info: {
        singularName: 'kitchen-sink',
        pluralName: 'kitchen-sinks',
        displayName: 'Council · Kitchen sink',
        description: 'One field of every kind.',
      },
      options: { draftAndPublish: true },
    });
  });

  it('turns on i18n for a type with localized fields, and says per attribute which are', () => {
    expect(sink.pluginOptions.i18n).toEqual({ localized: true });
    expect(sink.attributes.title?.pluginOptions).toEqual(localized(true));
    expect(sink.attributes.count?.pluginOptions).toEqual(localized(false));
    expect(drawer.pluginOptions.i18n).toBeUndefined();
    expect(drawer.attributes.label?.pluginOptions).toBeUndefined();
  });

  it.each([
    ['title', { type: 'string', required: true, minLength: 2, maxLength: 80 }],
    ['code', { type: 'string', unique: true, default: 'x' }],
    ['body', { type: 'text', maxLength: 500 }],
    ['story', { type: 'richtext' }],
    ['count', { type: 'integer', min: 0, max: 9, default: 1 }],
    ['price', { type: 'decimal', min: 0 }],
    ['open', { type: 'boolean', default: true }],
    ['day', { type: 'date' }],
    ['at', { type: 'datetime', required: true }],
    ['time', { type: 'time' }],
    ['mail', { type: 'email' }],
    ['site', { type: 'string', maxLength: 2048, regex: '^https?://[^\\s]+$' }],
    ['colour', { type: 'customField', customField: 'plugin::communes-council.vocabulary', enum: ['red', 'blue'], default: 'red' }],
    ['colours', { type: 'customField', customField: 'plugin::communes-council.vocabulary-list' }],
    ['photo', { type: 'media', multiple: false, allowedTypes: ['images'] }],
    ['files', { type: 'media', multiple: true, allowedTypes: ['files', 'images'] }],
    ['slot', { type: 'customField', customField: 'plugin::communes-council.struct' }],
    ['slots', { type: 'customField', customField: 'plugin::communes-council.struct' }],
    ['extra', { type: 'json' }],
    ['secret', { type: 'email', private: true }],
  ])("maps %s to Strapi's attribute", (name, expected) => {
    const { pluginOptions, options: _inputOptions, ...attribute } = sink.attributes[name]!;
    expect(attribute).toEqual(expected);
    expect(pluginOptions).toBeDefined();
  });

  it('stores a geo point as two bounded float columns', () => {
    expect(sink.attributes.geo).toBeUndefined();
    expect(sink.attributes.geoLatitude).toMatchObject({ type: 'float', min: -90, max: 90 });
    expect(sink.attributes.geoLongitude).toMatchObject({ type: 'float', min: -180, max: 180 });
  });

  it.each([
    ['owner', 'manyToOne', { inversedBy: 'sinks' }, 'sinks', 'oneToMany', { mappedBy: 'owner' }],
    ['drawers', 'oneToMany', { mappedBy: 'holder' }, 'holder', 'manyToOne', { inversedBy: 'drawers' }],
    ['twin', 'oneToOne', { inversedBy: 'twinOf' }, 'twinOf', 'oneToOne', { mappedBy: 'twin' }],
    ['tags', 'manyToMany', { inversedBy: 'taggedSinks' }, 'taggedSinks', 'manyToMany', { mappedBy: 'tags' }],
  ])('gives the %s relation (%s) exactly one owning side', (name, relation, side, inverseName, inverseRelation, inverseSide) => {
    expect(sink.attributes[name]).toEqual({ type: 'relation', relation, target: 'plugin::communes-council.drawer', ...side });
    expect(drawer.attributes[inverseName]).toEqual({
      type: 'relation',
      relation: inverseRelation,
      target: 'plugin::communes-council.kitchen-sink',
      ...inverseSide,
    });
  });

  it('writes one-way relations without inversedBy or mappedBy', () => {
    expect(sink.attributes.oneWay).toEqual({ type: 'relation', relation: 'oneToOne', target: 'plugin::communes-council.drawer' });
    expect(sink.attributes.manyWay).toEqual({ type: 'relation', relation: 'oneToMany', target: 'plugin::communes-council.drawer' });
  });

  it('pairs a self-relation with itself', () => {
    expect(sink.attributes.related).toMatchObject({
      relation: 'manyToMany',
      target: 'plugin::communes-council.kitchen-sink',
      inversedBy: 'relatedFrom',
    });
    expect(sink.attributes.relatedFrom).toMatchObject({
      relation: 'manyToMany',
      target: 'plugin::communes-council.kitchen-sink',
      mappedBy: 'related',
    });
  });

  it('keeps a private relation private', () => {
    expect(sink.attributes.hidden).toMatchObject({ type: 'relation', private: true });
  });

  it('declares the indexes on the columns, a geo point on both of its columns', () => {
    expect(sink.indexes).toEqual([
      { name: 'communes_council_kitchen_sinks_at_idx', columns: ['at'] },
      { name: 'communes_council_kitchen_sinks_colour_at_idx', columns: ['colour', 'at'] },
      { name: 'communes_council_kitchen_sinks_geo_latitude_geo_longitude_idx', columns: ['geo_latitude', 'geo_longitude'] },
    ]);
  });

  it("shortens an index name past PostgreSQL's 63 characters, keeping names distinct", () => {
    const a = toIndexName('communes_urbanism_planning_applications', ['application_status', 'inquiry_end']);
    const b = toIndexName('communes_urbanism_planning_applications', ['application_status', 'inquiry_start']);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(b.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^communes_urbanism_planning_applications_application_/);
  });

  it('carries a confidentiality rule in the plugin options, where the town reads it at run time', () => {
    const hearing = toStrapiSchema(contentTypeNamed('hearing', confidentialModel), confidentialModel);
    expect(hearing.pluginOptions.communes).toEqual({
      confidentiality: { when: { field: 'public', equals: false }, visible: ['sitting', 'name', 'public'] },
    });
    expect(sink.pluginOptions.communes).toBeUndefined();
    const item = toStrapiSchema(contentTypeNamed('agenda-item', communesModel), communesModel);
    expect(item.pluginOptions.communes).toEqual({
      confidentiality: { when: { field: 'public', equals: false }, visible: ['meeting', 'number', 'order', 'name', 'public'] },
    });
  });

  it('gives every index of the Communes model a distinct name', () => {
    const names = communesModel.contentTypes.flatMap((type) => toStrapiSchema(type, communesModel).indexes.map((i) => i.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
