export { type AddedMember, addMember } from './add-member';
export { type MemberOptions, MemberOptionsError, type NewMemberOptions, parseMemberOptions } from './member-options';
export { addToRegistry, removeFromRegistry } from './registry-edit';
export { scaffoldMember } from './scaffold-member';
export { packFolder } from './pack-packages';
