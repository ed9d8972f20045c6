/**
 * A member's code as the domain writes it (`isMemberCode` in @communes/domain, which the town
 * checks again on save): repeated here because the admin bundle does not ship the domain.
 */
const MEMBER_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** What an editor typed, as a code: trimmed and in lower case ("Sambreville " → "sambreville"). */
export const toMemberCode = (typed: string): string => typed.trim().toLowerCase();

/** Why a typed code cannot join the list, or the list with it. */
export type AddedMember = { codes: string[] } | { problem: 'memberCodeInvalid' | 'memberCodeTwice' };

/** The list with the member the editor typed added at its end. */
export function addMember(codes: readonly string[], typed: string): AddedMember {
  const code = toMemberCode(typed);
  if (!MEMBER_CODE.test(code)) return { problem: 'memberCodeInvalid' };
  if (codes.includes(code)) return { problem: 'memberCodeTwice' };
  return { codes: [...codes, code] };
}

/** The list as the field stores it: `null` once its last member is removed, as an untouched field. */
export const toStoredMembers = (codes: readonly string[]): string[] | null => (codes.length ? [...codes] : null);
