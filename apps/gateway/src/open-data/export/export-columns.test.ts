import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { exportColumns, toCellText } from './export-columns';

const origin = (town: string) => `https://${town}.example.org`;
const cellsOf = (kind: string, labels: Parameters<typeof exportColumns>[1], data: Record<string, unknown>) =>
  Object.fromEntries(
    exportColumns(contentTypeNamed(kind), labels, origin).map((column) => [column.name, toCellText(column.value({ town: 'eupen', data }))]),
  );

describe('exportColumns', () => {
  const event = {
    documentId: 'e1',
    locale: 'de',
    name: 'Konzert im Park',
    categories: ['concert', 'exhibition'],
    image: { url: '/uploads/park.jpg' },
    publishedAt: '2026-11-30T10:00:00.000Z',
  };

  it('starts with provenance and ends with the times, the model in between', () => {
    const names = exportColumns(contentTypeNamed('event'), 'codes', origin).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['town', 'documentId', 'locale']);
    expect(names.slice(-2)).toEqual(['publishedAt', 'updatedAt']);
    expect(names).toContain('categories');
  });

  it('writes codes or labels, files as absolute URLs, and nothing for what is missing', () => {
    expect(cellsOf('event', 'codes', event)).toMatchObject({
      town: 'eupen',
      name: 'Konzert im Park',
      categories: 'concert | exhibition',
      image: 'https://eupen.example.org/uploads/park.jpg',
      publishedAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '',
    });
    expect(cellsOf('event', 'de', event).categories).toBe('Konzert | Ausstellung');
    expect(cellsOf('event', 'fr', event).categories).toBe('Concert | Exposition');
  });

  it('gives NDJSON typed values: lists as lists, booleans and numbers as themselves, null for nothing', () => {
    const values = Object.fromEntries(
      exportColumns(contentTypeNamed('event'), 'codes', origin).map((column) => [
        column.name,
        column.value({ town: 'eupen', data: { ...event, allDay: false } }),
      ]),
    );
    expect(values).toMatchObject({
      categories: ['concert', 'exhibition'],
      allDay: false,
      image: 'https://eupen.example.org/uploads/park.jpg',
      updatedAt: null,
    });
    expect(values.topics).toEqual([]);
  });

  it('writes links as documentIds, and never a private field', () => {
    expect(cellsOf('agenda-item', 'codes', { documentId: 'i', meeting: { documentId: 'm1' } }).meeting).toBe('m1');
    const request = contentTypeNamed('service-request');
    const names = exportColumns(request, 'codes', origin).map((c) => c.name);
    for (const [name, field] of Object.entries(request.fields)) if (field.private) expect(names).not.toContain(name);
  });
});
