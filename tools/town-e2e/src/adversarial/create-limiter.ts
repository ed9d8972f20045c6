/**
 * Runs at most `concurrency` tasks at once: a crawl of thousands of requests must not flood
 * towns that share two cores with the test runner. A finished task hands its slot straight
 * to the next one waiting.
 */
export function createLimiter(concurrency: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
