import { DOMAINS, type Domain } from '../content-type';
import type { Locale } from '../field';

/**
 * The kinds of public body a Communes network federates: towns first, and the bodies beside
 * them that publish the same kinds of content (Belgium's CPAS/OCMW/ÖSHZ, police and fire
 * zones, intercommunal companies, provinces, regions, parliaments).
 */
export const MEMBER_KIND_CODES = [
  'town',
  'social-welfare-centre',
  'police-zone',
  'fire-zone',
  'intercommunal',
  'province',
  'region',
  'parliament',
] as const;
export type MemberKindCode = (typeof MEMBER_KIND_CODES)[number];

export interface MemberKind {
  code: MemberKindCode;
  labels: Readonly<Record<Locale, string>>;
  /** OParl's Body.classification (a free text in the standard): what the body is, in English. */
  oparlClassification: string;
  /** The domains (one plugin each) such a body may install; a town any of them. */
  domains: readonly Domain[];
}

const ALL: readonly Domain[] = DOMAINS;

export const MEMBER_KINDS: Readonly<Record<MemberKindCode, MemberKind>> = {
  town: {
    code: 'town',
    labels: { fr: 'Commune', nl: 'Gemeente', de: 'Gemeinde', en: 'Municipality' },
    oparlClassification: 'Municipality',
    domains: ALL,
  },
  'social-welfare-centre': {
    code: 'social-welfare-centre',
    labels: { fr: 'CPAS', nl: 'OCMW', de: 'ÖSHZ', en: 'Public social welfare centre' },
    oparlClassification: 'Public social welfare centre',
    domains: ['council', 'services', 'agenda', 'news', 'directory', 'requests'],
  },
  'police-zone': {
    code: 'police-zone',
    labels: { fr: 'Zone de police', nl: 'Politiezone', de: 'Polizeizone', en: 'Police zone' },
    oparlClassification: 'Police zone',
    domains: ['council', 'services', 'news', 'directory', 'alerts'],
  },
  'fire-zone': {
    code: 'fire-zone',
    labels: { fr: 'Zone de secours', nl: 'Hulpverleningszone', de: 'Hilfeleistungszone', en: 'Fire and rescue zone' },
    oparlClassification: 'Fire and rescue zone',
    domains: ['council', 'services', 'news', 'directory', 'alerts'],
  },
  intercommunal: {
    code: 'intercommunal',
    labels: { fr: 'Intercommunale', nl: 'Intercommunale', de: 'Interkommunale', en: 'Intercommunal company' },
    oparlClassification: 'Intercommunal company',
    domains: ['council', 'services', 'agenda', 'news', 'directory', 'alerts'],
  },
  province: {
    code: 'province',
    labels: { fr: 'Province', nl: 'Provincie', de: 'Provinz', en: 'Province' },
    oparlClassification: 'Province',
    domains: ['council', 'services', 'agenda', 'news', 'directory', 'urbanism', 'alerts'],
  },
  region: {
    code: 'region',
    labels: { fr: 'Région', nl: 'Gewest', de: 'Region', en: 'Region' },
    oparlClassification: 'Region',
    domains: ['council', 'services', 'agenda', 'news', 'directory', 'urbanism', 'alerts'],
  },
  parliament: {
    code: 'parliament',
    labels: { fr: 'Parlement', nl: 'Parlement', de: 'Parlament', en: 'Parliament' },
    oparlClassification: 'Parliament',
    domains: ['council', 'agenda', 'news', 'directory'],
  },
};

export const isMemberKindCode = (value: unknown): value is MemberKindCode =>
  typeof value === 'string' && (MEMBER_KIND_CODES as readonly string[]).includes(value);

/**
 * The domains in `domains` that a body of this kind does not install (a police zone's
 * urbanism), in their order: `member:new` refuses them, the gateway shows the ones a member
 * runs anyway, for the network's coordinators.
 */
export const domainsOutsideKind = (kind: MemberKindCode, domains: readonly string[]): string[] =>
  domains.filter((domain) => !(MEMBER_KINDS[kind].domains as readonly string[]).includes(domain));
