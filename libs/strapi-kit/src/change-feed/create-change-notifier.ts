/** Where a town says that its feed moved: the harvester's notification URL and its token. */
export interface ChangeNotifyConfig {
  url: string;
  token: string;
}

/** Notifications close together are sent as one. */
const DEBOUNCE_MS = 100;
const TIMEOUT_MS = 5_000;

/**
 * Tells the regional harvester, after a change commits, that the town's feed moved, so the
 * index follows within a second instead of at the next poll. The notification carries no
 * entry (the harvester reads the feed, which is public facts only), unlike a Strapi webhook,
 * whose body holds the whole entry, fields withheld from the public included. A lost
 * notification only delays the index until the next poll: it is never retried.
 */
export function createChangeNotifier(config: ChangeNotifyConfig | undefined, town: string, warn: (message: string) => void) {
  let timer: NodeJS.Timeout | undefined;
  let warned = false;
  const send = async () => {
    timer = undefined;
    try {
      const response = await fetch(config!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config!.token}` },
        body: JSON.stringify({ event: 'communes.changes', town }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      warned = false;
    } catch (error) {
      // Once per outage, not once per publication.
      if (!warned)
        warn(`[communes-core] the harvester was not notified (${(error as Error).message}); it will see the changes at its next poll`);
      warned = true;
    }
  };
  return {
    changed(): void {
      if (!config || timer) return;
      timer = setTimeout(() => void send(), DEBOUNCE_MS);
      timer.unref();
    },
  };
}
