import { MEMBER_KIND_CODES, type MemberKindCode } from '@communes/domain';
import type { MemberKind } from './generated/schema-types';

/** A member kind's GraphQL enum value: `police-zone` is POLICE_ZONE (the SDL is written from these). */
export const toMemberKindEnum = (code: MemberKindCode): MemberKind => code.toUpperCase().replace(/-/g, '_') as MemberKind;

/** The member kind of a GraphQL enum value, undefined for none. */
export const fromMemberKindEnum = (value: string): MemberKindCode | undefined =>
  MEMBER_KIND_CODES.find((code) => toMemberKindEnum(code) === value);
