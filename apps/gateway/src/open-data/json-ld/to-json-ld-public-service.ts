import type { GovernmentService, ServiceChannel } from 'schema-dts';
import type { PublicServiceLdNode } from './json-ld-nodes';
import { jsonLdUrl } from './json-ld-urls';

/** A public service as a schema.org GovernmentService, provided by the town and for its territory. */
export function toJsonLdPublicService(service: PublicServiceLdNode, origin: string): GovernmentService {
  const channels: ServiceChannel[] = service.channels.map((c) => ({
    '@type': 'ServiceChannel',
    ...(c.channelType ? { name: c.channelType } : {}),
    ...(c.url ? { serviceUrl: c.url } : {}),
    ...(c.description ? { description: c.description } : {}),
  }));
  if (service.onlineUrl && !service.channels.some((c) => c.url === service.onlineUrl))
    channels.push({ '@type': 'ServiceChannel', name: 'online', serviceUrl: service.onlineUrl });
  const contact = service.contactPoint;
  return {
    '@type': 'GovernmentService',
    '@id': jsonLdUrl(origin, 'public-services', service.id),
    identifier: service.code ?? service.id,
    url: service.onlineUrl ?? jsonLdUrl(origin, 'public-services', service.id),
    name: service.name ?? '',
    ...(service.summary || service.description ? { description: service.summary ?? service.description ?? '' } : {}),
    provider: {
      '@type': 'GovernmentOrganization',
      name: service.town.name,
      ...(contact && (contact.email || contact.telephone || contact.url)
        ? {
            contactPoint: {
              '@type': 'ContactPoint',
              ...(contact.name ? { name: contact.name } : {}),
              ...(contact.email ? { email: contact.email } : {}),
              ...(contact.telephone ? { telephone: contact.telephone } : {}),
              ...(contact.url ? { url: contact.url } : {}),
              ...(contact.hoursAvailable ? { description: contact.hoursAvailable } : {}),
            },
          }
        : {}),
    },
    areaServed: { '@type': 'AdministrativeArea', name: service.town.name },
    ...(service.audiences.length ? { audience: service.audiences.map((a) => ({ '@type': 'Audience' as const, audienceType: a })) } : {}),
    ...(service.cost && (service.cost.amount !== null || service.cost.description)
      ? {
          offers: {
            '@type': 'Offer',
            ...(service.cost.amount !== null ? { price: service.cost.amount } : {}),
            priceCurrency: service.cost.currency ?? 'EUR',
            ...(service.cost.description ? { description: service.cost.description } : {}),
          },
        }
      : {}),
    ...(channels.length ? { availableChannel: channels } : {}),
    ...(service.topics.length ? { category: service.topics } : {}),
  };
}
