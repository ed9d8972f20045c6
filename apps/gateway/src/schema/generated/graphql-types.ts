// Generated from libs/domain by `npm run generate`. Do not edit: change the model instead.

export interface Node {
  id: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export type OrderDirection = 'ASC' | 'DESC';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface GeoPointFilterInput {
  latitude?: FloatFilterInput | null;
  longitude?: FloatFilterInput | null;
}

export interface MemberListFilterInput {
  contains?: string | null;
  containsAll?: string[] | null;
  containsAny?: string[] | null;
}

export interface MediaFile {
  url: string;
  name?: string | null;
  alternativeText?: string | null;
  caption?: string | null;
  mime?: string | null;
  size?: number | null;
  width?: number | null;
  height?: number | null;
}

/** The filter operators, as the SDL names them. */
export const FILTER_OPERATORS = ["and","or","not","eq","eqi","ne","nei","startsWith","endsWith","contains","notContains","containsi","notContainsi","gt","gte","lt","lte","null","notNull","in","notIn","between"] as const;

export interface IDFilterInput {
  and?: (string | null)[] | null;
  or?: (string | null)[] | null;
  not?: IDFilterInput | null;
  eq?: string | null;
  eqi?: string | null;
  ne?: string | null;
  nei?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContains?: string | null;
  containsi?: string | null;
  notContainsi?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  between?: (string | null)[] | null;
}

export interface StringFilterInput {
  and?: (string | null)[] | null;
  or?: (string | null)[] | null;
  not?: StringFilterInput | null;
  eq?: string | null;
  eqi?: string | null;
  ne?: string | null;
  nei?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContains?: string | null;
  containsi?: string | null;
  notContainsi?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  between?: (string | null)[] | null;
}

export interface IntFilterInput {
  and?: (number | null)[] | null;
  or?: (number | null)[] | null;
  not?: IntFilterInput | null;
  eq?: number | null;
  eqi?: number | null;
  ne?: number | null;
  nei?: number | null;
  startsWith?: number | null;
  endsWith?: number | null;
  contains?: number | null;
  notContains?: number | null;
  containsi?: number | null;
  notContainsi?: number | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (number | null)[] | null;
  notIn?: (number | null)[] | null;
  between?: (number | null)[] | null;
}

export interface FloatFilterInput {
  and?: (number | null)[] | null;
  or?: (number | null)[] | null;
  not?: FloatFilterInput | null;
  eq?: number | null;
  eqi?: number | null;
  ne?: number | null;
  nei?: number | null;
  startsWith?: number | null;
  endsWith?: number | null;
  contains?: number | null;
  notContains?: number | null;
  containsi?: number | null;
  notContainsi?: number | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (number | null)[] | null;
  notIn?: (number | null)[] | null;
  between?: (number | null)[] | null;
}

export interface BooleanFilterInput {
  and?: (boolean | null)[] | null;
  or?: (boolean | null)[] | null;
  not?: BooleanFilterInput | null;
  eq?: boolean | null;
  eqi?: boolean | null;
  ne?: boolean | null;
  nei?: boolean | null;
  startsWith?: boolean | null;
  endsWith?: boolean | null;
  contains?: boolean | null;
  notContains?: boolean | null;
  containsi?: boolean | null;
  notContainsi?: boolean | null;
  gt?: boolean | null;
  gte?: boolean | null;
  lt?: boolean | null;
  lte?: boolean | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (boolean | null)[] | null;
  notIn?: (boolean | null)[] | null;
  between?: (boolean | null)[] | null;
}

export interface DateFilterInput {
  and?: (string | null)[] | null;
  or?: (string | null)[] | null;
  not?: DateFilterInput | null;
  eq?: string | null;
  eqi?: string | null;
  ne?: string | null;
  nei?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContains?: string | null;
  containsi?: string | null;
  notContainsi?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  between?: (string | null)[] | null;
}

export interface DateTimeFilterInput {
  and?: (string | null)[] | null;
  or?: (string | null)[] | null;
  not?: DateTimeFilterInput | null;
  eq?: string | null;
  eqi?: string | null;
  ne?: string | null;
  nei?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContains?: string | null;
  containsi?: string | null;
  notContainsi?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  between?: (string | null)[] | null;
}

export interface TimeFilterInput {
  and?: (string | null)[] | null;
  or?: (string | null)[] | null;
  not?: TimeFilterInput | null;
  eq?: string | null;
  eqi?: string | null;
  ne?: string | null;
  nei?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  notContains?: string | null;
  containsi?: string | null;
  notContainsi?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  null?: boolean | null;
  notNull?: boolean | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  between?: (string | null)[] | null;
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

export interface AgendaItemResultFilterInput {
  eq?: AgendaItemResult | null;
  ne?: AgendaItemResult | null;
  in?: AgendaItemResult[] | null;
  notIn?: AgendaItemResult[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface AlertSeverityFilterInput {
  eq?: AlertSeverity | null;
  ne?: AlertSeverity | null;
  in?: AlertSeverity[] | null;
  notIn?: AlertSeverity[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface ApplicationDecisionFilterInput {
  eq?: ApplicationDecision | null;
  ne?: ApplicationDecision | null;
  in?: ApplicationDecision[] | null;
  notIn?: ApplicationDecision[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface ApplicationStatusFilterInput {
  eq?: ApplicationStatus | null;
  ne?: ApplicationStatus | null;
  in?: ApplicationStatus[] | null;
  notIn?: ApplicationStatus[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface ApplicationTypeFilterInput {
  eq?: ApplicationType | null;
  ne?: ApplicationType | null;
  in?: ApplicationType[] | null;
  notIn?: ApplicationType[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface AttendanceModeFilterInput {
  eq?: AttendanceMode | null;
  ne?: AttendanceMode | null;
  in?: AttendanceMode[] | null;
  notIn?: AttendanceMode[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface EventStatusFilterInput {
  eq?: EventStatus | null;
  ne?: EventStatus | null;
  in?: EventStatus[] | null;
  notIn?: EventStatus[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface GenderFilterInput {
  eq?: Gender | null;
  ne?: Gender | null;
  in?: Gender[] | null;
  notIn?: Gender[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface MeetingStateFilterInput {
  eq?: MeetingState | null;
  ne?: MeetingState | null;
  in?: MeetingState[] | null;
  notIn?: MeetingState[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface MeetingTypeFilterInput {
  eq?: MeetingType | null;
  ne?: MeetingType | null;
  in?: MeetingType[] | null;
  notIn?: MeetingType[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface OrganizationTypeFilterInput {
  eq?: OrganizationType | null;
  ne?: OrganizationType | null;
  in?: OrganizationType[] | null;
  notIn?: OrganizationType[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface PaperTypeFilterInput {
  eq?: PaperType | null;
  ne?: PaperType | null;
  in?: PaperType[] | null;
  notIn?: PaperType[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface PlaceTypeFilterInput {
  eq?: PlaceType | null;
  ne?: PlaceType | null;
  in?: PlaceType[] | null;
  notIn?: PlaceType[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface RequestStatusFilterInput {
  eq?: RequestStatus | null;
  ne?: RequestStatus | null;
  in?: RequestStatus[] | null;
  notIn?: RequestStatus[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface ServiceCategoryFilterInput {
  eq?: ServiceCategory | null;
  ne?: ServiceCategory | null;
  in?: ServiceCategory[] | null;
  notIn?: ServiceCategory[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface ServiceKindFilterInput {
  eq?: ServiceKind | null;
  ne?: ServiceKind | null;
  in?: ServiceKind[] | null;
  notIn?: ServiceKind[] | null;
  null?: boolean | null;
  notNull?: boolean | null;
}

export interface AudienceListFilterInput {
  contains?: Audience | null;
  containsAll?: Audience[] | null;
  containsAny?: Audience[] | null;
}

export interface EventCategoryListFilterInput {
  contains?: EventCategory | null;
  containsAll?: EventCategory[] | null;
  containsAny?: EventCategory[] | null;
}

export interface LifeEventListFilterInput {
  contains?: LifeEvent | null;
  containsAll?: LifeEvent[] | null;
  containsAny?: LifeEvent[] | null;
}

export interface SharingChannelListFilterInput {
  contains?: SharingChannel | null;
  containsAll?: SharingChannel[] | null;
  containsAny?: SharingChannel[] | null;
}

export interface TopicListFilterInput {
  contains?: Topic | null;
  containsAll?: Topic[] | null;
  containsAny?: Topic[] | null;
}

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

/** An item on a meeting's agenda, with the decision taken on it. */
export interface AgendaItem extends Node {
  __typename?: 'AgendaItem';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  meeting: Meeting | null;
  number: string | null;
  order: number;
  name: string;
  public: boolean | null;
  result: AgendaItemResult | null;
  resolutionText: string | null;
  decision: Paper | null;
  papers: Paper[];
  resolutionFile: MediaFile | null;
  auxiliaryFiles: MediaFile[];
  start: string | null;
  end: string | null;
}

export interface AgendaItemFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  meeting?: MeetingFiltersInput | null;
  number?: StringFilterInput | null;
  order?: IntFilterInput | null;
  name?: StringFilterInput | null;
  public?: BooleanFilterInput | null;
  result?: AgendaItemResultFilterInput | null;
  decision?: PaperFiltersInput | null;
  papers?: PaperFiltersInput | null;
  start?: DateTimeFilterInput | null;
  end?: DateTimeFilterInput | null;
  and?: AgendaItemFiltersInput[] | null;
  or?: AgendaItemFiltersInput[] | null;
  not?: AgendaItemFiltersInput | null;
}

export type AgendaItemOrderField = 'number' | 'order' | 'name' | 'public' | 'result' | 'start' | 'end' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface AgendaItemOrder {
  field: AgendaItemOrderField;
  direction?: OrderDirection | null;
}

export interface AgendaItemEdge {
  cursor: string;
  node: AgendaItem;
}

export interface AgendaItemConnection {
  edges: AgendaItemEdge[];
  nodes: AgendaItem[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A sitting of the council, the college or a committee, with its agenda and files. */
export interface Meeting extends Node {
  __typename?: 'Meeting';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  meetingType: MeetingType;
  meetingState: MeetingState;
  cancelled: boolean | null;
  start: string;
  end: string | null;
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  organizations: Organization[];
  invitation: MediaFile | null;
  resultsProtocol: MediaFile | null;
  auxiliaryFiles: MediaFile[];
  livestreamUrl: string | null;
  agendaItems: AgendaItem[];
}

export interface MeetingFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  meetingType?: MeetingTypeFilterInput | null;
  meetingState?: MeetingStateFilterInput | null;
  cancelled?: BooleanFilterInput | null;
  start?: DateTimeFilterInput | null;
  end?: DateTimeFilterInput | null;
  locationName?: StringFilterInput | null;
  streetAddress?: StringFilterInput | null;
  postalCode?: StringFilterInput | null;
  locality?: StringFilterInput | null;
  organizations?: OrganizationFiltersInput | null;
  livestreamUrl?: StringFilterInput | null;
  agendaItems?: AgendaItemFiltersInput | null;
  and?: MeetingFiltersInput[] | null;
  or?: MeetingFiltersInput[] | null;
  not?: MeetingFiltersInput | null;
}

export type MeetingOrderField = 'name' | 'meetingType' | 'meetingState' | 'cancelled' | 'start' | 'end' | 'locationName' | 'streetAddress' | 'postalCode' | 'locality' | 'livestreamUrl' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface MeetingOrder {
  field: MeetingOrderField;
  direction?: OrderDirection | null;
}

export interface MeetingEdge {
  cursor: string;
  node: Meeting;
}

export interface MeetingConnection {
  edges: MeetingEdge[];
  nodes: Meeting[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A person's membership of an organization, with the role held and its period. */
export interface Membership extends Node {
  __typename?: 'Membership';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  person: Person | null;
  organization: Organization | null;
  role: string | null;
  votingRight: boolean | null;
  startDate: string | null;
  endDate: string | null;
  onBehalfOf: Organization | null;
}

export interface MembershipFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  person?: PersonFiltersInput | null;
  organization?: OrganizationFiltersInput | null;
  role?: StringFilterInput | null;
  votingRight?: BooleanFilterInput | null;
  startDate?: DateFilterInput | null;
  endDate?: DateFilterInput | null;
  onBehalfOf?: OrganizationFiltersInput | null;
  and?: MembershipFiltersInput[] | null;
  or?: MembershipFiltersInput[] | null;
  not?: MembershipFiltersInput | null;
}

export type MembershipOrderField = 'role' | 'votingRight' | 'startDate' | 'endDate' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface MembershipOrder {
  field: MembershipOrderField;
  direction?: OrderDirection | null;
}

export interface MembershipEdge {
  cursor: string;
  node: Membership;
}

export interface MembershipConnection {
  edges: MembershipEdge[];
  nodes: Membership[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A body of the town: council, college of mayor and aldermen, committee, party or political group. */
export interface Organization extends Node {
  __typename?: 'Organization';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  shortName: string | null;
  organizationType: OrganizationType;
  classification: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  subOrganizationOf: Organization | null;
  subOrganizations: Organization[];
  memberships: Membership[];
  membershipsOnBehalf: Membership[];
  meetings: Meeting[];
  originatedPapers: Paper[];
}

export interface OrganizationFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  shortName?: StringFilterInput | null;
  organizationType?: OrganizationTypeFilterInput | null;
  classification?: StringFilterInput | null;
  startDate?: DateFilterInput | null;
  endDate?: DateFilterInput | null;
  website?: StringFilterInput | null;
  subOrganizationOf?: OrganizationFiltersInput | null;
  subOrganizations?: OrganizationFiltersInput | null;
  memberships?: MembershipFiltersInput | null;
  membershipsOnBehalf?: MembershipFiltersInput | null;
  meetings?: MeetingFiltersInput | null;
  originatedPapers?: PaperFiltersInput | null;
  and?: OrganizationFiltersInput[] | null;
  or?: OrganizationFiltersInput[] | null;
  not?: OrganizationFiltersInput | null;
}

export type OrganizationOrderField = 'name' | 'shortName' | 'organizationType' | 'classification' | 'startDate' | 'endDate' | 'website' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface OrganizationOrder {
  field: OrganizationOrderField;
  direction?: OrderDirection | null;
}

export interface OrganizationEdge {
  cursor: string;
  node: Organization;
}

export interface OrganizationConnection {
  edges: OrganizationEdge[];
  nodes: Organization[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A document of the council's work: decision, motion, report, proposal, regulation. */
export interface Paper extends Node {
  __typename?: 'Paper';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  reference: string;
  date: string;
  paperType: PaperType;
  summary: string | null;
  mainFile: MediaFile | null;
  auxiliaryFiles: MediaFile[];
  originatorPersons: Person[];
  originatorOrganizations: Organization[];
  relatedPapers: Paper[];
  superordinatedPaper: Paper | null;
  decidedInAgendaItems: AgendaItem[];
  agendaItems: AgendaItem[];
  relatedFrom: Paper[];
  subordinatedPapers: Paper[];
}

export interface PaperFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  reference?: StringFilterInput | null;
  date?: DateFilterInput | null;
  paperType?: PaperTypeFilterInput | null;
  summary?: StringFilterInput | null;
  originatorPersons?: PersonFiltersInput | null;
  originatorOrganizations?: OrganizationFiltersInput | null;
  relatedPapers?: PaperFiltersInput | null;
  superordinatedPaper?: PaperFiltersInput | null;
  decidedInAgendaItems?: AgendaItemFiltersInput | null;
  agendaItems?: AgendaItemFiltersInput | null;
  relatedFrom?: PaperFiltersInput | null;
  subordinatedPapers?: PaperFiltersInput | null;
  and?: PaperFiltersInput[] | null;
  or?: PaperFiltersInput[] | null;
  not?: PaperFiltersInput | null;
}

export type PaperOrderField = 'name' | 'reference' | 'date' | 'paperType' | 'summary' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface PaperOrder {
  field: PaperOrderField;
  direction?: OrderDirection | null;
}

export interface PaperEdge {
  cursor: string;
  node: Paper;
}

export interface PaperConnection {
  edges: PaperEdge[];
  nodes: Paper[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A holder of public office: councillor, alderman, mayor, president of the social welfare centre. */
export interface Person extends Node {
  __typename?: 'Person';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  familyName: string;
  givenName: string | null;
  formOfAddress: string | null;
  affix: string | null;
  title: string | null;
  gender: Gender | null;
  publicRole: string | null;
  email: string | null;
  phone: string | null;
  image: MediaFile | null;
  memberships: Membership[];
  originatedPapers: Paper[];
}

export interface PersonFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  familyName?: StringFilterInput | null;
  givenName?: StringFilterInput | null;
  formOfAddress?: StringFilterInput | null;
  affix?: StringFilterInput | null;
  title?: StringFilterInput | null;
  gender?: GenderFilterInput | null;
  publicRole?: StringFilterInput | null;
  email?: StringFilterInput | null;
  phone?: StringFilterInput | null;
  memberships?: MembershipFiltersInput | null;
  originatedPapers?: PaperFiltersInput | null;
  and?: PersonFiltersInput[] | null;
  or?: PersonFiltersInput[] | null;
  not?: PersonFiltersInput | null;
}

export type PersonOrderField = 'name' | 'familyName' | 'givenName' | 'formOfAddress' | 'affix' | 'title' | 'gender' | 'publicRole' | 'email' | 'phone' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface PersonOrder {
  field: PersonOrderField;
  direction?: OrderDirection | null;
}

export interface PersonEdge {
  cursor: string;
  node: Person;
}

export interface PersonConnection {
  edges: PersonEdge[];
  nodes: Person[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A service the town provides: what it is, who it is for, what it costs, how to get it. */
export interface PublicService extends Node {
  __typename?: 'PublicService';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  code: string;
  name: string;
  summary: string | null;
  description: string | null;
  audiences: Audience[];
  topics: Topic[];
  lifeEvents: LifeEvent[];
  cost: Cost | null;
  processingTime: string | null;
  documentsToBring: RequiredDocument[];
  channels: Channel[];
  onlineUrl: string | null;
  contactPoint: ContactPoint | null;
  legalBasis: Link[];
  openingHours: OpeningHoursSpecification[];
}

export interface PublicServiceFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  code?: StringFilterInput | null;
  name?: StringFilterInput | null;
  summary?: StringFilterInput | null;
  audiences?: AudienceListFilterInput | null;
  topics?: TopicListFilterInput | null;
  lifeEvents?: LifeEventListFilterInput | null;
  processingTime?: StringFilterInput | null;
  onlineUrl?: StringFilterInput | null;
  and?: PublicServiceFiltersInput[] | null;
  or?: PublicServiceFiltersInput[] | null;
  not?: PublicServiceFiltersInput | null;
}

export type PublicServiceOrderField = 'code' | 'name' | 'summary' | 'processingTime' | 'onlineUrl' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface PublicServiceOrder {
  field: PublicServiceOrderField;
  direction?: OrderDirection | null;
}

export interface PublicServiceEdge {
  cursor: string;
  node: PublicService;
}

export interface PublicServiceConnection {
  edges: PublicServiceEdge[];
  nodes: PublicService[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Something happening in the town that the public can attend. */
export interface Event extends Node {
  __typename?: 'Event';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  summary: string | null;
  description: string | null;
  start: string;
  end: string | null;
  allDay: boolean | null;
  recurrenceRule: string | null;
  recurrenceExceptions: unknown | null;
  eventStatus: EventStatus;
  attendanceMode: AttendanceMode | null;
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  geo: GeoPoint | null;
  onlineUrl: string | null;
  organizer: ContactPoint | null;
  isAccessibleForFree: boolean | null;
  price: number | null;
  priceDescription: string | null;
  registrationUrl: string | null;
  wheelchairAccessible: boolean | null;
  accessibility: string | null;
  categories: EventCategory[];
  topics: Topic[];
  channels: SharingChannel[];
  sharedWithMembers: string[];
  image: MediaFile | null;
}

export interface EventFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  summary?: StringFilterInput | null;
  start?: DateTimeFilterInput | null;
  end?: DateTimeFilterInput | null;
  allDay?: BooleanFilterInput | null;
  recurrenceRule?: StringFilterInput | null;
  eventStatus?: EventStatusFilterInput | null;
  attendanceMode?: AttendanceModeFilterInput | null;
  locationName?: StringFilterInput | null;
  streetAddress?: StringFilterInput | null;
  postalCode?: StringFilterInput | null;
  locality?: StringFilterInput | null;
  geo?: GeoPointFilterInput | null;
  onlineUrl?: StringFilterInput | null;
  isAccessibleForFree?: BooleanFilterInput | null;
  price?: FloatFilterInput | null;
  priceDescription?: StringFilterInput | null;
  registrationUrl?: StringFilterInput | null;
  wheelchairAccessible?: BooleanFilterInput | null;
  accessibility?: StringFilterInput | null;
  categories?: EventCategoryListFilterInput | null;
  topics?: TopicListFilterInput | null;
  channels?: SharingChannelListFilterInput | null;
  sharedWithMembers?: MemberListFilterInput | null;
  and?: EventFiltersInput[] | null;
  or?: EventFiltersInput[] | null;
  not?: EventFiltersInput | null;
}

export type EventOrderField = 'name' | 'summary' | 'start' | 'end' | 'allDay' | 'recurrenceRule' | 'eventStatus' | 'attendanceMode' | 'locationName' | 'streetAddress' | 'postalCode' | 'locality' | 'onlineUrl' | 'isAccessibleForFree' | 'price' | 'priceDescription' | 'registrationUrl' | 'wheelchairAccessible' | 'accessibility' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface EventOrder {
  field: EventOrderField;
  direction?: OrderDirection | null;
}

export interface EventEdge {
  cursor: string;
  node: Event;
}

export interface EventConnection {
  edges: EventEdge[];
  nodes: Event[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A news article published by the town. */
export interface NewsItem extends Node {
  __typename?: 'NewsItem';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  headline: string;
  summary: string | null;
  body: string | null;
  datePublished: string;
  topics: Topic[];
  channels: SharingChannel[];
  sharedWithMembers: string[];
  image: MediaFile | null;
  relatedLinks: Link[];
}

export interface NewsItemFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  headline?: StringFilterInput | null;
  summary?: StringFilterInput | null;
  datePublished?: DateTimeFilterInput | null;
  topics?: TopicListFilterInput | null;
  channels?: SharingChannelListFilterInput | null;
  sharedWithMembers?: MemberListFilterInput | null;
  and?: NewsItemFiltersInput[] | null;
  or?: NewsItemFiltersInput[] | null;
  not?: NewsItemFiltersInput | null;
}

export type NewsItemOrderField = 'headline' | 'summary' | 'datePublished' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface NewsItemOrder {
  field: NewsItemOrderField;
  direction?: OrderDirection | null;
}

export interface NewsItemEdge {
  cursor: string;
  node: NewsItem;
}

export interface NewsItemConnection {
  edges: NewsItemEdge[];
  nodes: NewsItem[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A directory entry: an organisation, a department of the town or a facility, with how to reach it. */
export interface Place extends Node {
  __typename?: 'Place';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  name: string;
  placeType: PlaceType;
  description: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  country: string | null;
  geo: GeoPoint | null;
  phones: Phone[];
  emails: EmailAddress[];
  website: string | null;
  openingHours: OpeningHoursSpecification[];
  topics: Topic[];
  image: MediaFile | null;
  parent: Place | null;
  children: Place[];
}

export interface PlaceFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  name?: StringFilterInput | null;
  placeType?: PlaceTypeFilterInput | null;
  streetAddress?: StringFilterInput | null;
  postalCode?: StringFilterInput | null;
  locality?: StringFilterInput | null;
  country?: StringFilterInput | null;
  geo?: GeoPointFilterInput | null;
  website?: StringFilterInput | null;
  topics?: TopicListFilterInput | null;
  parent?: PlaceFiltersInput | null;
  children?: PlaceFiltersInput | null;
  and?: PlaceFiltersInput[] | null;
  or?: PlaceFiltersInput[] | null;
  not?: PlaceFiltersInput | null;
}

export type PlaceOrderField = 'name' | 'placeType' | 'streetAddress' | 'postalCode' | 'locality' | 'country' | 'website' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface PlaceOrder {
  field: PlaceOrderField;
  direction?: OrderDirection | null;
}

export interface PlaceEdge {
  cursor: string;
  node: Place;
}

export interface PlaceConnection {
  edges: PlaceEdge[];
  nodes: Place[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The public notice of a permit request, with its public inquiry and decision. */
export interface PlanningApplication extends Node {
  __typename?: 'PlanningApplication';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  reference: string;
  applicationType: ApplicationType;
  title: string;
  description: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  geo: GeoPoint | null;
  cadastralParcels: CadastralParcel[];
  applicationStatus: ApplicationStatus;
  submissionDate: string;
  inquiryStart: string | null;
  inquiryEnd: string | null;
  claimsDeadline: string | null;
  decision: ApplicationDecision | null;
  decisionDate: string | null;
  documents: MediaFile[];
}

export interface PlanningApplicationFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  reference?: StringFilterInput | null;
  applicationType?: ApplicationTypeFilterInput | null;
  title?: StringFilterInput | null;
  streetAddress?: StringFilterInput | null;
  postalCode?: StringFilterInput | null;
  locality?: StringFilterInput | null;
  geo?: GeoPointFilterInput | null;
  applicationStatus?: ApplicationStatusFilterInput | null;
  submissionDate?: DateFilterInput | null;
  inquiryStart?: DateFilterInput | null;
  inquiryEnd?: DateFilterInput | null;
  claimsDeadline?: DateFilterInput | null;
  decision?: ApplicationDecisionFilterInput | null;
  decisionDate?: DateFilterInput | null;
  and?: PlanningApplicationFiltersInput[] | null;
  or?: PlanningApplicationFiltersInput[] | null;
  not?: PlanningApplicationFiltersInput | null;
}

export type PlanningApplicationOrderField = 'reference' | 'applicationType' | 'title' | 'streetAddress' | 'postalCode' | 'locality' | 'applicationStatus' | 'submissionDate' | 'inquiryStart' | 'inquiryEnd' | 'claimsDeadline' | 'decision' | 'decisionDate' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface PlanningApplicationOrder {
  field: PlanningApplicationOrderField;
  direction?: OrderDirection | null;
}

export interface PlanningApplicationEdge {
  cursor: string;
  node: PlanningApplication;
}

export interface PlanningApplicationConnection {
  edges: PlanningApplicationEdge[];
  nodes: PlanningApplication[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A citizen's report of an issue in public space (Open311 request). */
export interface ServiceRequest extends Node {
  __typename?: 'ServiceRequest';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  serviceType: ServiceType | null;
  requestStatus: RequestStatus;
  statusNotes: string | null;
  description: string | null;
  agencyResponsible: string | null;
  serviceNotice: string | null;
  address: string | null;
  addressId: string | null;
  zipcode: string | null;
  geo: GeoPoint | null;
  media: MediaFile[];
  attributeValues: unknown | null;
  requestedAt: string;
  statusChangedAt: string | null;
  expectedAt: string | null;
}

export interface ServiceRequestFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  serviceType?: ServiceTypeFiltersInput | null;
  requestStatus?: RequestStatusFilterInput | null;
  statusNotes?: StringFilterInput | null;
  description?: StringFilterInput | null;
  agencyResponsible?: StringFilterInput | null;
  serviceNotice?: StringFilterInput | null;
  address?: StringFilterInput | null;
  addressId?: StringFilterInput | null;
  zipcode?: StringFilterInput | null;
  geo?: GeoPointFilterInput | null;
  requestedAt?: DateTimeFilterInput | null;
  statusChangedAt?: DateTimeFilterInput | null;
  expectedAt?: DateTimeFilterInput | null;
  and?: ServiceRequestFiltersInput[] | null;
  or?: ServiceRequestFiltersInput[] | null;
  not?: ServiceRequestFiltersInput | null;
}

export type ServiceRequestOrderField = 'requestStatus' | 'statusNotes' | 'description' | 'agencyResponsible' | 'serviceNotice' | 'address' | 'addressId' | 'zipcode' | 'requestedAt' | 'statusChangedAt' | 'expectedAt' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface ServiceRequestOrder {
  field: ServiceRequestOrderField;
  direction?: OrderDirection | null;
}

export interface ServiceRequestEdge {
  cursor: string;
  node: ServiceRequest;
}

export interface ServiceRequestConnection {
  edges: ServiceRequestEdge[];
  nodes: ServiceRequest[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A kind of request citizens can file (Open311 service): a pothole, a broken street light. */
export interface ServiceType extends Node {
  __typename?: 'ServiceType';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  serviceCode: string;
  name: string;
  description: string | null;
  group: string | null;
  keywords: string | null;
  category: ServiceCategory | null;
  serviceKind: ServiceKind;
  attributes: ServiceAttribute[];
  serviceRequests: ServiceRequest[];
}

export interface ServiceTypeFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  serviceCode?: StringFilterInput | null;
  name?: StringFilterInput | null;
  description?: StringFilterInput | null;
  group?: StringFilterInput | null;
  keywords?: StringFilterInput | null;
  category?: ServiceCategoryFilterInput | null;
  serviceKind?: ServiceKindFilterInput | null;
  serviceRequests?: ServiceRequestFiltersInput | null;
  and?: ServiceTypeFiltersInput[] | null;
  or?: ServiceTypeFiltersInput[] | null;
  not?: ServiceTypeFiltersInput | null;
}

export type ServiceTypeOrderField = 'serviceCode' | 'name' | 'description' | 'group' | 'keywords' | 'category' | 'serviceKind' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface ServiceTypeOrder {
  field: ServiceTypeOrderField;
  direction?: OrderDirection | null;
}

export interface ServiceTypeEdge {
  cursor: string;
  node: ServiceType;
}

export interface ServiceTypeConnection {
  edges: ServiceTypeEdge[];
  nodes: ServiceType[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** An urgent notice shown across the town's sites for a period: road closures, storms, water cuts. */
export interface Alert extends Node {
  __typename?: 'Alert';
  documentId: string;
  locale: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  title: string;
  message: string;
  severity: AlertSeverity;
  start: string;
  end: string | null;
  link: Link | null;
}

export interface AlertFiltersInput {
  documentId?: IDFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  title?: StringFilterInput | null;
  message?: StringFilterInput | null;
  severity?: AlertSeverityFilterInput | null;
  start?: DateTimeFilterInput | null;
  end?: DateTimeFilterInput | null;
  and?: AlertFiltersInput[] | null;
  or?: AlertFiltersInput[] | null;
  not?: AlertFiltersInput | null;
}

export type AlertOrderField = 'title' | 'message' | 'severity' | 'start' | 'end' | 'createdAt' | 'updatedAt' | 'publishedAt';

export interface AlertOrder {
  field: AlertOrderField;
  direction?: OrderDirection | null;
}

export interface AlertEdge {
  cursor: string;
  node: Alert;
}

export interface AlertConnection {
  edges: AlertEdge[];
  nodes: Alert[];
  pageInfo: PageInfo;
  totalCount: number;
}
