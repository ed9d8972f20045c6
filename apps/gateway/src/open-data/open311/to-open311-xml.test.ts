import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toOpen311Xml } from './to-open311-xml';

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['request', 'value'].includes(name) });

describe('toOpen311Xml', () => {
  it("writes lists with GeoReport v2's item names, escaped, readable by an XML parser", () => {
    const xml = toOpen311Xml('service_requests', [
      { service_request_id: 'x1', address: 'Rue <A> & "B"', lat: 50.5, media_url: null, values: [{ key: 'k', name: 'n' }] },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).service_requests.request).toEqual([
      { service_request_id: 'x1', address: 'Rue <A> & "B"', lat: '50.5', media_url: '', values: { value: [{ key: 'k', name: 'n' }] } },
    ]);
  });

  it('drops characters XML cannot carry instead of breaking the document', () => {
    const xml = toOpen311Xml('errors', [{ code: 400, description: 'bad\u0000\u0007 input' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<description>bad input</description>');
  });

  it('writes an empty list or object, and null, as an empty element; one item keeps its element', () => {
    const xml = toOpen311Xml('service_definition', {
      service_code: 'pothole',
      attributes: [{ code: 'size', description: null, values: [] }],
      extra: {},
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('\n    <attribute>\n      <code>size</code>\n      <description/>\n      <values/>\n    </attribute>\n');
    expect(xml.endsWith('  <extra/>\n</service_definition>\n')).toBe(true);
  });

  it('refuses a list it has no item name for, rather than inventing one', () => {
    expect(() => toOpen311Xml('things', [1])).toThrow('No XML item name for the list "things".');
  });
});
