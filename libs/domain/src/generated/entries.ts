// Generated from libs/domain by `npm run generate`. Do not edit: change the model instead.

/** A latitude and longitude, as the model sees a geo point (stored as two columns). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A file of the media library, as a populated REST response returns it. */
export interface MediaFile {
  id: number;
  documentId: string;
  url: string;
  name: string;
  alternativeText?: string | null;
  caption?: string | null;
  mime?: string | null;
  size?: number | null;
  width?: number | null;
  height?: number | null;
}

/** The fields Strapi adds to every entry. */
export interface EntrySystemFields {
  id: number;
  documentId: string;
  locale?: string | null;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string | null;
}

/** What the body decided on an item. */
export type AgendaItemResult = 'accepted' | 'acceptedModified' | 'refused' | 'postponed' | 'delayed' | 'withdrawn' | 'transferred' | 'informationOnly';

/** How urgent an alert is (LocalGov Drupal alert banner). */
export type AlertSeverity = 'announcement' | 'minor' | 'major' | 'emergency';

/** What the authority decided. */
export type ApplicationDecision = 'granted' | 'grantedWithConditions' | 'refused';

/** Where a permit request stands. */
export type ApplicationStatus = 'submitted' | 'underReview' | 'publicInquiry' | 'decided' | 'withdrawn' | 'appealed';

/** The kind of permit asked for (Walloon law; towns extend it). */
export type ApplicationType = 'buildingPermit' | 'urbanCertificate1' | 'urbanCertificate2' | 'subdivisionPermit' | 'environmentPermitClass1' | 'environmentPermitClass2' | 'environmentDeclaration' | 'singlePermit' | 'commercialPermit' | 'other';

/** Where people attend. */
export type AttendanceMode = 'offline' | 'online' | 'mixed';

/** Open311 attribute datatype. */
export type AttributeDatatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

/** Who a service or an item is meant for. */
export type Audience = 'merchant' | 'jobSeeker' | 'disabledPerson' | 'youngPerson' | 'journalist' | 'newcomer' | 'eventPlanner' | 'parent' | 'elder' | 'tourist';

/** How a citizen uses a service. */
export type ChannelType = 'online' | 'inPerson' | 'phone' | 'mail' | 'email';

/** A day of the week (schema.org DayOfWeek). */
export type DayOfWeek = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** The kind of event. */
export type EventCategory = 'concert' | 'exhibition' | 'theatre' | 'cinema' | 'conference' | 'workshop' | 'sport' | 'market' | 'festival' | 'ceremony' | 'guidedTour' | 'childrenActivity' | 'other';

/** Whether an event goes ahead. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'movedOnline';

/** As the person states it (OParl gender). */
export type Gender = 'female' | 'male' | 'other';

/** A moment of life a service belongs to. */
export type LifeEvent = 'havingAChild' | 'marriageAndPartnership' | 'movingHouse' | 'building' | 'startingABusiness' | 'travellingAbroad' | 'findingAJob' | 'retiring' | 'death' | 'owningAVehicle';

/** Where a meeting stands. */
export type MeetingState = 'scheduled' | 'invited' | 'held';

/** The kind of sitting. */
export type MeetingType = 'council' | 'college' | 'committee' | 'generalAssembly' | 'other';

/** The kind of body. */
export type OrganizationType = 'council' | 'college' | 'committee' | 'party' | 'faction' | 'administration' | 'externalBody' | 'institution' | 'other';

/** The kind of paper. */
export type PaperType = 'decision' | 'motion' | 'report' | 'proposal' | 'question' | 'answer' | 'regulation' | 'ordinance' | 'other';

/** What a directory entry is. */
export type PlaceType = 'organisation' | 'department' | 'facility';

/** Open311 request status. */
export type RequestStatus = 'open' | 'closed';

/** The category shared by every town that a service type belongs to. */
export type ServiceCategory = 'roads' | 'lighting' | 'cleanliness' | 'waste' | 'greenSpaces' | 'signage' | 'water' | 'streetFurniture' | 'nuisance' | 'other';

/** Open311 service type: how requests are handled. */
export type ServiceKind = 'realtime' | 'batch' | 'blackbox';

/** A channel of the network that members share entries into. */
export type SharingChannel = 'wallonia' | 'brussels' | 'flanders' | 'germanSpeakingCommunity' | 'hainaut' | 'namur' | 'liege' | 'luxembourg' | 'walloonBrabant' | 'antwerp' | 'eastFlanders' | 'westFlanders' | 'limburg' | 'flemishBrabant';

/** A theme of public life, shared by every town. */
export type Topic = 'entertainment' | 'agriculture' | 'citizenship' | 'culture' | 'economics' | 'education' | 'environment' | 'habitatAndTownPlanning' | 'mobility' | 'citizenParticipation' | 'politics' | 'health' | 'safetyAndPrevention' | 'social' | 'sports' | 'territoryAndPublicSpace' | 'tourism';

/** A parcel of the land registry, by its Belgian capakey. */
export interface CadastralParcel {
  capakey: string;
  division?: string | null;
  section?: string | null;
  number?: string | null;
}

/** One way to use a service, with where to go. */
export interface Channel {
  channelType: ChannelType;
  url?: string | null;
  description?: string | null;
}

/** How to reach the people in charge. */
export interface ContactPoint {
  name?: string | null;
  email?: string | null;
  telephone?: string | null;
  url?: string | null;
  hoursAvailable?: string | null;
}

/** What a service costs. */
export interface Cost {
  amount?: number | null;
  currency?: string | null;
  description?: string | null;
}

/** An e-mail address with what it is for. */
export interface EmailAddress {
  label?: string | null;
  address: string;
}

/** A labelled web address. */
export interface Link {
  label: string;
  url: string;
}

/** When a place is open: days, hours, and the period the rule applies to. */
export interface OpeningHoursSpecification {
  dayOfWeek: DayOfWeek[];
  opens?: string | null;
  closes?: string | null;
  closed?: boolean | null;
  validFrom?: string | null;
  validThrough?: string | null;
}

/** A telephone number with what it is for (reception, emergencies, ...). */
export interface Phone {
  label?: string | null;
  number: string;
}

/** A document to bring. */
export interface RequiredDocument {
  name: string;
  description?: string | null;
}

/** A question asked when a request of this type is made (Open311 attribute). */
export interface ServiceAttribute {
  code: string;
  variable?: boolean | null;
  datatype: AttributeDatatype;
  required?: boolean | null;
  datatypeDescription?: string | null;
  order?: number | null;
  description: string;
  values?: ServiceAttributeValue[] | null;
}

/** A choice of an Open311 list attribute. */
export interface ServiceAttributeValue {
  key: string;
  name: string;
}

/** An item on a meeting's agenda, with the decision taken on it. As a town's REST API returns it; private fields are never returned. */
export interface AgendaItemEntry extends EntrySystemFields {
  meeting?: MeetingEntry | null;
  number?: string | null;
  order?: number | null;
  name?: string | null;
  public?: boolean | null;
  result?: AgendaItemResult | null;
  resolutionText?: string | null;
  decision?: PaperEntry | null;
  papers?: PaperEntry[] | null;
  resolutionFile?: MediaFile | null;
  auxiliaryFiles?: MediaFile[] | null;
  start?: string | null;
  end?: string | null;
}

/** Agenda item, as written through Strapi's Document Service. */
export interface AgendaItemInput {
  meeting: string;
  number?: string | null;
  order: number;
  name: string;
  public?: boolean | null;
  result?: AgendaItemResult | null;
  resolutionText?: string | null;
  decision?: string | null;
  papers?: string[] | null;
  resolutionFile?: number | null;
  auxiliaryFiles?: number[] | null;
  start?: string | null;
  end?: string | null;
}

/** A sitting of the council, the college or a committee, with its agenda and files. As a town's REST API returns it; private fields are never returned. */
export interface MeetingEntry extends EntrySystemFields {
  name?: string | null;
  meetingType?: MeetingType | null;
  meetingState?: MeetingState | null;
  cancelled?: boolean | null;
  start?: string | null;
  end?: string | null;
  locationName?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  organizations?: OrganizationEntry[] | null;
  invitation?: MediaFile | null;
  resultsProtocol?: MediaFile | null;
  auxiliaryFiles?: MediaFile[] | null;
  livestreamUrl?: string | null;
  agendaItems?: AgendaItemEntry[] | null;
}

/** Meeting, as written through Strapi's Document Service. */
export interface MeetingInput {
  name: string;
  meetingType?: MeetingType | null;
  meetingState?: MeetingState | null;
  cancelled?: boolean | null;
  start: string;
  end?: string | null;
  locationName?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  organizations?: string[] | null;
  invitation?: number | null;
  resultsProtocol?: number | null;
  auxiliaryFiles?: number[] | null;
  livestreamUrl?: string | null;
  agendaItems?: string[] | null;
}

/** A person's membership of an organization, with the role held and its period. As a town's REST API returns it; private fields are never returned. */
export interface MembershipEntry extends EntrySystemFields {
  person?: PersonEntry | null;
  organization?: OrganizationEntry | null;
  role?: string | null;
  votingRight?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  onBehalfOf?: OrganizationEntry | null;
}

/** Membership, as written through Strapi's Document Service. */
export interface MembershipInput {
  person: string;
  organization: string;
  role?: string | null;
  votingRight?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  onBehalfOf?: string | null;
}

/** A body of the town: council, college of mayor and aldermen, committee, party or political group. As a town's REST API returns it; private fields are never returned. */
export interface OrganizationEntry extends EntrySystemFields {
  name?: string | null;
  shortName?: string | null;
  organizationType?: OrganizationType | null;
  classification?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  website?: string | null;
  subOrganizationOf?: OrganizationEntry | null;
  subOrganizations?: OrganizationEntry[] | null;
  memberships?: MembershipEntry[] | null;
  membershipsOnBehalf?: MembershipEntry[] | null;
  meetings?: MeetingEntry[] | null;
  originatedPapers?: PaperEntry[] | null;
}

/** Organization, as written through Strapi's Document Service. */
export interface OrganizationInput {
  name: string;
  shortName?: string | null;
  organizationType: OrganizationType;
  classification?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  website?: string | null;
  subOrganizationOf?: string | null;
  subOrganizations?: string[] | null;
  memberships?: string[] | null;
  membershipsOnBehalf?: string[] | null;
  meetings?: string[] | null;
  originatedPapers?: string[] | null;
}

/** A document of the council's work: decision, motion, report, proposal, regulation. As a town's REST API returns it; private fields are never returned. */
export interface PaperEntry extends EntrySystemFields {
  name?: string | null;
  reference?: string | null;
  date?: string | null;
  paperType?: PaperType | null;
  summary?: string | null;
  mainFile?: MediaFile | null;
  auxiliaryFiles?: MediaFile[] | null;
  originatorPersons?: PersonEntry[] | null;
  originatorOrganizations?: OrganizationEntry[] | null;
  relatedPapers?: PaperEntry[] | null;
  superordinatedPaper?: PaperEntry | null;
  decidedInAgendaItems?: AgendaItemEntry[] | null;
  agendaItems?: AgendaItemEntry[] | null;
  relatedFrom?: PaperEntry[] | null;
  subordinatedPapers?: PaperEntry[] | null;
}

/** Paper, as written through Strapi's Document Service. */
export interface PaperInput {
  name: string;
  reference: string;
  date: string;
  paperType: PaperType;
  summary?: string | null;
  mainFile?: number | null;
  auxiliaryFiles?: number[] | null;
  originatorPersons?: string[] | null;
  originatorOrganizations?: string[] | null;
  relatedPapers?: string[] | null;
  superordinatedPaper?: string | null;
  decidedInAgendaItems?: string[] | null;
  agendaItems?: string[] | null;
  relatedFrom?: string[] | null;
  subordinatedPapers?: string[] | null;
}

/** A holder of public office: councillor, alderman, mayor, president of the social welfare centre. As a town's REST API returns it; private fields are never returned. */
export interface PersonEntry extends EntrySystemFields {
  name?: string | null;
  familyName?: string | null;
  givenName?: string | null;
  formOfAddress?: string | null;
  affix?: string | null;
  title?: string | null;
  gender?: Gender | null;
  publicRole?: string | null;
  email?: string | null;
  phone?: string | null;
  image?: MediaFile | null;
  memberships?: MembershipEntry[] | null;
  originatedPapers?: PaperEntry[] | null;
}

/** Person, as written through Strapi's Document Service. */
export interface PersonInput {
  name: string;
  familyName: string;
  givenName?: string | null;
  formOfAddress?: string | null;
  affix?: string | null;
  title?: string | null;
  gender?: Gender | null;
  publicRole?: string | null;
  email?: string | null;
  phone?: string | null;
  image?: number | null;
  memberships?: string[] | null;
  originatedPapers?: string[] | null;
}

/** A service the town provides: what it is, who it is for, what it costs, how to get it. As a town's REST API returns it; private fields are never returned. */
export interface PublicServiceEntry extends EntrySystemFields {
  code?: string | null;
  name?: string | null;
  summary?: string | null;
  description?: string | null;
  audiences?: Audience[] | null;
  topics?: Topic[] | null;
  lifeEvents?: LifeEvent[] | null;
  cost?: Cost | null;
  processingTime?: string | null;
  documentsToBring?: RequiredDocument[] | null;
  channels?: Channel[] | null;
  onlineUrl?: string | null;
  contactPoint?: ContactPoint | null;
  legalBasis?: Link[] | null;
  openingHours?: OpeningHoursSpecification[] | null;
}

/** Public service, as written through Strapi's Document Service. */
export interface PublicServiceInput {
  code: string;
  name: string;
  summary?: string | null;
  description?: string | null;
  audiences?: Audience[] | null;
  topics?: Topic[] | null;
  lifeEvents?: LifeEvent[] | null;
  cost?: Cost | null;
  processingTime?: string | null;
  documentsToBring?: RequiredDocument[] | null;
  channels?: Channel[] | null;
  onlineUrl?: string | null;
  contactPoint?: ContactPoint | null;
  legalBasis?: Link[] | null;
  openingHours?: OpeningHoursSpecification[] | null;
}

/** Something happening in the town that the public can attend. As a town's REST API returns it; private fields are never returned. */
export interface EventEntry extends EntrySystemFields {
  name?: string | null;
  summary?: string | null;
  description?: string | null;
  start?: string | null;
  end?: string | null;
  allDay?: boolean | null;
  recurrenceRule?: string | null;
  recurrenceExceptions?: unknown | null;
  eventStatus?: EventStatus | null;
  attendanceMode?: AttendanceMode | null;
  locationName?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  onlineUrl?: string | null;
  organizer?: ContactPoint | null;
  isAccessibleForFree?: boolean | null;
  price?: number | null;
  priceDescription?: string | null;
  registrationUrl?: string | null;
  wheelchairAccessible?: boolean | null;
  accessibility?: string | null;
  categories?: EventCategory[] | null;
  topics?: Topic[] | null;
  channels?: SharingChannel[] | null;
  sharedWithMembers?: string[] | null;
  image?: MediaFile | null;
}

/** Event, as written through Strapi's Document Service. */
export interface EventInput {
  name: string;
  summary?: string | null;
  description?: string | null;
  start: string;
  end?: string | null;
  allDay?: boolean | null;
  recurrenceRule?: string | null;
  recurrenceExceptions?: unknown | null;
  eventStatus?: EventStatus | null;
  attendanceMode?: AttendanceMode | null;
  locationName?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  onlineUrl?: string | null;
  organizer?: ContactPoint | null;
  isAccessibleForFree?: boolean | null;
  price?: number | null;
  priceDescription?: string | null;
  registrationUrl?: string | null;
  wheelchairAccessible?: boolean | null;
  accessibility?: string | null;
  categories?: EventCategory[] | null;
  topics?: Topic[] | null;
  channels?: SharingChannel[] | null;
  sharedWithMembers?: string[] | null;
  image?: number | null;
}

/** A news article published by the town. As a town's REST API returns it; private fields are never returned. */
export interface NewsItemEntry extends EntrySystemFields {
  headline?: string | null;
  summary?: string | null;
  body?: string | null;
  datePublished?: string | null;
  topics?: Topic[] | null;
  channels?: SharingChannel[] | null;
  sharedWithMembers?: string[] | null;
  image?: MediaFile | null;
  relatedLinks?: Link[] | null;
}

/** News item, as written through Strapi's Document Service. */
export interface NewsItemInput {
  headline: string;
  summary?: string | null;
  body?: string | null;
  datePublished: string;
  topics?: Topic[] | null;
  channels?: SharingChannel[] | null;
  sharedWithMembers?: string[] | null;
  image?: number | null;
  relatedLinks?: Link[] | null;
}

/** A directory entry: an organisation, a department of the town or a facility, with how to reach it. As a town's REST API returns it; private fields are never returned. */
export interface PlaceEntry extends EntrySystemFields {
  name?: string | null;
  placeType?: PlaceType | null;
  description?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  country?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  phones?: Phone[] | null;
  emails?: EmailAddress[] | null;
  website?: string | null;
  openingHours?: OpeningHoursSpecification[] | null;
  topics?: Topic[] | null;
  image?: MediaFile | null;
  parent?: PlaceEntry | null;
  children?: PlaceEntry[] | null;
}

/** Place, as written through Strapi's Document Service. */
export interface PlaceInput {
  name: string;
  placeType: PlaceType;
  description?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  country?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  phones?: Phone[] | null;
  emails?: EmailAddress[] | null;
  website?: string | null;
  openingHours?: OpeningHoursSpecification[] | null;
  topics?: Topic[] | null;
  image?: number | null;
  parent?: string | null;
  children?: string[] | null;
}

/** The public notice of a permit request, with its public inquiry and decision. As a town's REST API returns it; private fields are never returned. */
export interface PlanningApplicationEntry extends EntrySystemFields {
  reference?: string | null;
  applicationType?: ApplicationType | null;
  title?: string | null;
  description?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  cadastralParcels?: CadastralParcel[] | null;
  applicationStatus?: ApplicationStatus | null;
  submissionDate?: string | null;
  inquiryStart?: string | null;
  inquiryEnd?: string | null;
  claimsDeadline?: string | null;
  decision?: ApplicationDecision | null;
  decisionDate?: string | null;
  documents?: MediaFile[] | null;
}

/** Planning application, as written through Strapi's Document Service. */
export interface PlanningApplicationInput {
  reference: string;
  applicationType: ApplicationType;
  title: string;
  description?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  cadastralParcels?: CadastralParcel[] | null;
  applicationStatus?: ApplicationStatus | null;
  submissionDate: string;
  inquiryStart?: string | null;
  inquiryEnd?: string | null;
  claimsDeadline?: string | null;
  decision?: ApplicationDecision | null;
  decisionDate?: string | null;
  documents?: number[] | null;
}

/** A citizen's report of an issue in public space (Open311 request). As a town's REST API returns it; private fields are never returned. */
export interface ServiceRequestEntry extends EntrySystemFields {
  serviceType?: ServiceTypeEntry | null;
  requestStatus?: RequestStatus | null;
  statusNotes?: string | null;
  description?: string | null;
  agencyResponsible?: string | null;
  serviceNotice?: string | null;
  address?: string | null;
  addressId?: string | null;
  zipcode?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  media?: MediaFile[] | null;
  attributeValues?: unknown | null;
  requestedAt?: string | null;
  statusChangedAt?: string | null;
  expectedAt?: string | null;
}

/** Service request, as written through Strapi's Document Service. */
export interface ServiceRequestInput {
  serviceType: string;
  requestStatus?: RequestStatus | null;
  statusNotes?: string | null;
  description?: string | null;
  agencyResponsible?: string | null;
  serviceNotice?: string | null;
  address?: string | null;
  addressId?: string | null;
  zipcode?: string | null;
  geoLatitude?: number | null;
  geoLongitude?: number | null;
  media?: number[] | null;
  attributeValues?: unknown | null;
  requestedAt: string;
  statusChangedAt?: string | null;
  expectedAt?: string | null;
  requesterFirstName?: string | null;
  requesterLastName?: string | null;
  requesterEmail?: string | null;
  requesterPhone?: string | null;
  deviceId?: string | null;
  accountId?: string | null;
}

/** A kind of request citizens can file (Open311 service): a pothole, a broken street light. As a town's REST API returns it; private fields are never returned. */
export interface ServiceTypeEntry extends EntrySystemFields {
  serviceCode?: string | null;
  name?: string | null;
  description?: string | null;
  group?: string | null;
  keywords?: string | null;
  category?: ServiceCategory | null;
  serviceKind?: ServiceKind | null;
  attributes?: ServiceAttribute[] | null;
  serviceRequests?: ServiceRequestEntry[] | null;
}

/** Service type, as written through Strapi's Document Service. */
export interface ServiceTypeInput {
  serviceCode: string;
  name: string;
  description?: string | null;
  group?: string | null;
  keywords?: string | null;
  category?: ServiceCategory | null;
  serviceKind?: ServiceKind | null;
  attributes?: ServiceAttribute[] | null;
  serviceRequests?: string[] | null;
}

/** An urgent notice shown across the town's sites for a period: road closures, storms, water cuts. As a town's REST API returns it; private fields are never returned. */
export interface AlertEntry extends EntrySystemFields {
  title?: string | null;
  message?: string | null;
  severity?: AlertSeverity | null;
  start?: string | null;
  end?: string | null;
  link?: Link | null;
}

/** Alert, as written through Strapi's Document Service. */
export interface AlertInput {
  title: string;
  message: string;
  severity?: AlertSeverity | null;
  start: string;
  end?: string | null;
  link?: Link | null;
}
