import type { Event, Place, PublicService } from '../../schema/generated/graphql-types';

/** The fields of an Event that JSON-LD reads (see EVENT_LD_SELECTION). */
export type EventLdNode = Pick<
  Event,
  | 'id'
  | 'locale'
  | 'name'
  | 'summary'
  | 'description'
  | 'start'
  | 'end'
  | 'allDay'
  | 'recurrenceRule'
  | 'eventStatus'
  | 'attendanceMode'
  | 'locationName'
  | 'streetAddress'
  | 'postalCode'
  | 'locality'
  | 'geo'
  | 'onlineUrl'
  | 'isAccessibleForFree'
  | 'price'
  | 'priceDescription'
  | 'registrationUrl'
  | 'categories'
  | 'topics'
  | 'updatedAt'
> & {
  organizer: { name: string | null; email: string | null; telephone: string | null; url: string | null } | null;
  image: { url: string } | null;
  town: { code: string; name: string };
};

export const EVENT_LD_SELECTION =
  'id locale name summary description start end allDay recurrenceRule eventStatus attendanceMode locationName streetAddress postalCode locality geo { latitude longitude } onlineUrl organizer { name email telephone url } isAccessibleForFree price priceDescription registrationUrl categories topics image { url } updatedAt town { code name }';

export type PlaceLdNode = Pick<
  Place,
  | 'id'
  | 'locale'
  | 'name'
  | 'placeType'
  | 'description'
  | 'streetAddress'
  | 'postalCode'
  | 'locality'
  | 'country'
  | 'geo'
  | 'website'
  | 'topics'
> & {
  phones: { label: string | null; number: string | null }[];
  emails: { label: string | null; address: string | null }[];
  openingHours: {
    dayOfWeek: string[];
    opens: string | null;
    closes: string | null;
    closed: boolean | null;
    validFrom: string | null;
    validThrough: string | null;
  }[];
  image: { url: string } | null;
  parent: { id: string; name: string | null } | null;
  town: { code: string; name: string };
};

export const PLACE_LD_SELECTION =
  'id locale name placeType description streetAddress postalCode locality country geo { latitude longitude } phones { label number } emails { label address } website openingHours { dayOfWeek opens closes closed validFrom validThrough } topics image { url } parent { id name } town { code name }';

export type PublicServiceLdNode = Pick<
  PublicService,
  'id' | 'locale' | 'code' | 'name' | 'summary' | 'description' | 'audiences' | 'topics' | 'processingTime' | 'onlineUrl' | 'updatedAt'
> & {
  cost: { amount: number | null; currency: string | null; description: string | null } | null;
  channels: { channelType: string | null; url: string | null; description: string | null }[];
  contactPoint: {
    name: string | null;
    email: string | null;
    telephone: string | null;
    url: string | null;
    hoursAvailable: string | null;
  } | null;
  legalBasis: { label: string | null; url: string | null }[];
  town: { code: string; name: string };
};

export const PUBLIC_SERVICE_LD_SELECTION =
  'id locale code name summary description audiences topics cost { amount currency description } processingTime channels { channelType url description } onlineUrl contactPoint { name email telephone url hoursAvailable } legalBasis { label url } updatedAt town { code name }';
