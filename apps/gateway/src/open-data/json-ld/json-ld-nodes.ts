/** The fields of an Event that JSON-LD reads (see EVENT_LD_SELECTION). */
export interface EventLdNode {
  id: string;
  locale: string | null;
  name: string | null;
  summary: string | null;
  description: string | null;
  start: string | null;
  end: string | null;
  allDay: boolean | null;
  recurrenceRule: string | null;
  eventStatus: string | null;
  attendanceMode: string | null;
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  geo: { latitude: number; longitude: number } | null;
  onlineUrl: string | null;
  organizer: { name: string | null; email: string | null; telephone: string | null; url: string | null } | null;
  isAccessibleForFree: boolean | null;
  price: number | null;
  priceDescription: string | null;
  registrationUrl: string | null;
  categories: string[];
  topics: string[];
  image: { url: string } | null;
  updatedAt: string | null;
  town: { code: string; name: string };
}

export const EVENT_LD_SELECTION = 'id locale name summary description start end allDay recurrenceRule eventStatus attendanceMode locationName streetAddress postalCode locality geo { latitude longitude } onlineUrl organizer { name email telephone url } isAccessibleForFree price priceDescription registrationUrl categories topics image { url } updatedAt town { code name }';

export interface PlaceLdNode {
  id: string;
  locale: string | null;
  name: string | null;
  placeType: string | null;
  description: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  country: string | null;
  geo: { latitude: number; longitude: number } | null;
  phones: { label: string | null; number: string | null }[];
  emails: { label: string | null; address: string | null }[];
  website: string | null;
  openingHours: { dayOfWeek: string[]; opens: string | null; closes: string | null; closed: boolean | null; validFrom: string | null; validThrough: string | null }[];
  topics: string[];
  image: { url: string } | null;
  parent: { id: string; name: string | null } | null;
  town: { code: string; name: string };
}

export const PLACE_LD_SELECTION = 'id locale name placeType description streetAddress postalCode locality country geo { latitude longitude } phones { label number } emails { label address } website openingHours { dayOfWeek opens closes closed validFrom validThrough } topics image { url } parent { id name } town { code name }';

export interface PublicServiceLdNode {
  id: string;
  locale: string | null;
  code: string | null;
  name: string | null;
  summary: string | null;
  description: string | null;
  audiences: string[];
  topics: string[];
  cost: { amount: number | null; currency: string | null; description: string | null } | null;
  processingTime: string | null;
  channels: { channelType: string | null; url: string | null; description: string | null }[];
  onlineUrl: string | null;
  contactPoint: { name: string | null; email: string | null; telephone: string | null; url: string | null; hoursAvailable: string | null } | null;
  legalBasis: { label: string | null; url: string | null }[];
  updatedAt: string | null;
  town: { code: string; name: string };
}

export const PUBLIC_SERVICE_LD_SELECTION = 'id locale code name summary description audiences topics cost { amount currency description } processingTime channels { channelType url description } onlineUrl contactPoint { name email telephone url hoursAvailable } legalBasis { label url } updatedAt town { code name }';
