import { parseSubscription, sharingChannel } from '@communes/domain';
import { codeLabel } from '../open-data/oparl/vocabulary-label';

/**
 * A subscription in words: a channel by its name in `language` (English where the vocabulary
 * lacks it), a member by its name in the registry (its code when the registry does not list it).
 */
export function subscriptionLabel(subscription: string, language: string, memberName: (code: string) => string | undefined): string {
  const parsed = parseSubscription(subscription);
  if (!parsed) return subscription;
  if ('member' in parsed) return memberName(parsed.member) ?? parsed.member;
  return codeLabel(sharingChannel, parsed.channel, language) ?? parsed.channel;
}
