import { randomBytes } from 'node:crypto';
import type { Crawl, Probe } from './create-crawl';
import { refused4xx } from './oracles';

/** More posts than a minute's allowance for one key (the gateway's default is 10). */
const FLOOD = 15;

/**
 * Open311 abuse at the gateway: posts without a key or with a wrong one are refused and write
 * nothing; a requester's contact details never come back, in the POST's answer or in any
 * read; the same post replayed files one request; one key cannot post without limit.
 * Returns what went wrong.
 */
export async function open311AbuseProblems({
  crawl,
  origin,
  townApi,
  town,
  apiKey,
}: {
  crawl: Crawl;
  origin: string;
  townApi: string;
  town: string;
  apiKey: string;
}): Promise<string[]> {
  const problems: string[] = [];
  const base = `${origin}/open311/v2/${town}`;
  const post = (fields: Record<string, string>, check?: Probe['check']) =>
    crawl.probe({
      surface: 'open311',
      attack: 'open311.abuse',
      method: 'POST',
      url: `${base}/requests.json`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      check,
    });
  const stored = async () =>
    (
      await crawl.probe({
        surface: 'town',
        attack: 'open311.abuse',
        url: `${townApi}/communes-requests/service-requests?pagination[pageSize]=1`,
      })
    )?.json?.meta?.pagination?.total as number;
  const valid = { service_code: 'pothole', lat: '50.53', long: '4.26', 'attribute[size]': 'small' };

  const before = await stored();
  for (const [label, key] of [
    ['no api_key', ''],
    ['a wrong api_key', 'x'.repeat(48)],
  ]) {
    const answer = await post({ ...valid, ...(key ? { api_key: key } : {}) }, refused4xx(`a post with ${label}`));
    if (answer && (answer.status < 400 || answer.status >= 500)) problems.push(`a post with ${label} answered HTTP ${answer.status}`);
  }
  if ((await stored()) !== before) problems.push('a post without a valid key wrote a request to the town');

  const tag = randomBytes(4).toString('hex');
  const requester = {
    email: `requester-${tag}@example.org`,
    first_name: `Firstname${tag}`,
    last_name: `Lastname${tag}`,
    phone: `+32 470 ${tag.slice(0, 2)} ${tag.slice(2, 4)} 11`,
    device_id: `device-${tag}`,
    account_id: `account-${tag}`,
  };
  const beforeValid = await stored();
  const created = await post({ api_key: apiKey, ...valid, description: `Requester echo test ${tag}`, ...requester });
  if (created?.status !== 201) problems.push(`a valid post answered HTTP ${created?.status}: ${created?.text.slice(0, 200)}`);
  const id = created?.json?.[0]?.service_request_id as string | undefined;
  // A client retrying (or a script replaying) the same post files one request, not two.
  const replayed = await post({ api_key: apiKey, ...valid, description: `Requester echo test ${tag}`, ...requester });
  if (replayed?.json?.[0]?.service_request_id !== id)
    problems.push(`the same post sent twice answered ${replayed?.status} with another request (${replayed?.text.slice(0, 120)})`);
  if ((await stored()) !== beforeValid + 1) problems.push('the same post sent twice filed two requests in the town');
  const reads = await crawl.probeAll(
    ['requests.json', 'requests.xml', ...(id ? [`requests/${id}.json`, `requests/${id}.xml`] : [])].map((path) => ({
      surface: 'open311',
      attack: 'open311.read',
      url: `${base}/${path}`,
    })),
  );
  for (const answer of [created, ...reads]) {
    for (const [field, value] of Object.entries(requester))
      if (answer?.text.includes(value)) problems.push(`the requester's ${field} came back in an answer`);
  }

  let limited = false;
  for (let i = 0; i < FLOOD && !limited; i++)
    limited = (await post({ api_key: apiKey, ...valid, description: `Flood ${tag} ${i}` }))?.status === 429;
  if (!limited) problems.push(`${FLOOD} posts in a row with one key were all accepted: no rate limit`);
  return problems;
}
