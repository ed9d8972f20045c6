import { agendaItem } from './content-types/council/agenda-item';
import { meeting } from './content-types/council/meeting';
import { membership } from './content-types/council/membership';
import { organization } from './content-types/council/organization';
import { paper } from './content-types/council/paper';
import { person } from './content-types/council/person';
import { event } from './content-types/agenda/event';
import { alert } from './content-types/alerts/alert';
import { place } from './content-types/directory/place';
import { newsItem } from './content-types/news/news-item';
import { serviceRequest } from './content-types/requests/service-request';
import { serviceType } from './content-types/requests/service-type';
import { publicService } from './content-types/services/public-service';
import { planningApplication } from './content-types/urbanism/planning-application';
import type { ContentType } from './content-type';
import { resolveModel } from './resolve-model';

/** Every content type Communes ships, as declared. */
export const contentTypeDefinitions: readonly ContentType[] = [
  organization,
  person,
  membership,
  meeting,
  agendaItem,
  paper,
  publicService,
  event,
  newsItem,
  place,
  planningApplication,
  serviceType,
  serviceRequest,
  alert,
];

/** The resolved, checked model: what every generator and runtime reads. */
export const communesModel = resolveModel(contentTypeDefinitions);
