/**
 * Runs one job per town at a time: a run asked for while one is going starts once it ends
 * (one more, however many were asked for meanwhile), so a burst of notifications costs at
 * most two harvests, and a town is never harvested twice at once.
 */
export function createTownRunner(run: (town: string) => Promise<void>, concurrency: number) {
  const running = new Map<string, Promise<void>>();
  const again = new Map<string, Promise<void>>();
  let active = 0;
  const waiting: (() => void)[] = [];

  const slot = async () => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  const start = (town: string): Promise<void> => {
    const job = (async () => {
      await slot();
      try {
        await run(town);
      } finally {
        release();
        running.delete(town);
      }
    })();
    running.set(town, job);
    return job;
  };

  return {
    /** Resolves when a run of `town` that started after this call has ended. */
    request(town: string): Promise<void> {
      const current = running.get(town);
      if (!current) return start(town);
      let next = again.get(town);
      if (!next) {
        next = current
          .then(
            () => undefined,
            () => undefined,
          )
          .then(() => {
            again.delete(town);
            return start(town);
          });
        again.set(town, next);
      }
      return next;
    },
    isRunning: (town: string) => running.has(town),
    /** Resolves when every run under way (and every one asked for) has ended. */
    async idle(): Promise<void> {
      while (running.size || again.size) await Promise.allSettled([...running.values(), ...again.values()]);
    },
  };
}
