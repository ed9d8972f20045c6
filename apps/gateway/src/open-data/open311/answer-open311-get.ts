import { DOCUMENT_ID } from '@communes/domain';
import type { RegisteredTown } from '../../registry/town-registry';
import { badParameter, notFound } from '../open-data-error';
import type { OpenDataContext } from '../open-data-route';
import { nameSome } from './name-some';
import type { Open311Resource } from './parse-open311-path';
import { parseRequestsQuery } from './parse-requests-query';
import { readServiceRequests } from './read-service-requests';
import { readServiceTypes } from './read-service-types';
import { toOpen311Discovery } from './to-open311-discovery';
import { toOpen311Request } from './to-open311-request';
import { toOpen311Service, toOpen311ServiceDefinition } from './to-open311-service';
import { townLocales } from './town-locales';

/** What a GET (or POST) answers: the JSON value, the root element of its XML form, and headers of its own. */
export interface Open311Answer {
  xmlRoot: string;
  value: unknown;
  headers?: Record<string, string>;
}

function onlyParams(params: URLSearchParams, allowed: string[]): void {
  const unknown = [...new Set(params.keys())].filter((key) => !allowed.includes(key));
  if (unknown.length)
    throw badParameter(
      `Unknown parameter${unknown.length > 1 ? 's' : ''} ${nameSome(unknown)} (expected: ${allowed.join(', ') || 'none'}).`,
    );
}

export async function answerOpen311Get(context: OpenDataContext, town: RegisteredTown, resource: Open311Resource): Promise<Open311Answer> {
  const params = context.url.searchParams;
  switch (resource.kind) {
    case 'discovery':
      onlyParams(params, []);
      return { xmlRoot: 'discovery', value: toOpen311Discovery(context.publicOrigin, town) };
    case 'services': {
      onlyParams(params, ['jurisdiction_id', 'locale']);
      const types = await readServiceTypes(context, town.code, townLocales(town, params));
      return { xmlRoot: 'services', value: types.map(toOpen311Service) };
    }
    case 'service': {
      onlyParams(params, ['jurisdiction_id', 'locale']);
      const [type] = await readServiceTypes(context, town.code, townLocales(town, params), resource.serviceCode);
      if (!type)
        throw notFound(`${town.name} has no service "${resource.serviceCode.slice(0, 60)}"; GET services lists its service codes.`);
      return { xmlRoot: 'service_definition', value: toOpen311ServiceDefinition(type) };
    }
    case 'requests': {
      const locale = townLocales(town, params);
      const { filters, skip, limit } = parseRequestsQuery(params, new Date());
      const requests = await readServiceRequests(context, town.code, locale, filters, skip, limit);
      return { xmlRoot: 'service_requests', value: requests.map(toOpen311Request) };
    }
    case 'request': {
      onlyParams(params, ['jurisdiction_id', 'locale']);
      if (!DOCUMENT_ID.test(resource.id))
        throw notFound(`"${resource.id.slice(0, 60)}" is not a service_request_id of this endpoint (24 lowercase letters and digits).`);
      const [request] = await readServiceRequests(context, town.code, townLocales(town, params), { documentId: { eq: resource.id } }, 0, 1);
      if (!request) throw notFound(`${town.name} has no published service request "${resource.id}".`);
      return { xmlRoot: 'service_requests', value: [toOpen311Request(request)] };
    }
  }
}
