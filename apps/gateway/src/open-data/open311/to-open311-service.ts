import type { ServiceAttributeNode, ServiceTypeNode } from './read-service-types';

/** One entry of GeoReport v2's `GET services`. */
export function toOpen311Service(type: ServiceTypeNode) {
  return {
    service_code: type.serviceCode,
    service_name: type.name,
    description: type.description,
    // Open311: true when the service has attributes to fetch from its service definition.
    metadata: type.attributes.length > 0,
    type: type.serviceKind ?? 'realtime',
    keywords: type.keywords,
    group: type.group,
  };
}

const byOrder = (a: ServiceAttributeNode, b: ServiceAttributeNode) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);

/** GeoReport v2's service definition (`GET services/{service_code}`): the attributes to answer. */
export function toOpen311ServiceDefinition(type: ServiceTypeNode) {
  return {
    service_code: type.serviceCode,
    attributes: [...type.attributes].sort(byOrder).map((attribute, i) => ({
      variable: attribute.variable ?? true,
      code: attribute.code,
      datatype: attribute.datatype,
      required: attribute.required ?? false,
      datatype_description: attribute.datatypeDescription,
      order: attribute.order ?? i + 1,
      description: attribute.description,
      values: attribute.values.map((value) => ({ key: value.key, name: value.name })),
    })),
  };
}
