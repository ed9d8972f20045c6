import { type Job, Queue, QueueEvents, Worker } from 'bullmq';

/** Where harvest jobs are shared between harvester processes: a Redis, and how long a job's lock lasts. */
export interface HarvestQueueOptions {
  redisUrl: string;
  /**
   * A worker renews its job's lock while it runs; a worker that dies stops renewing, and after
   * this long its job goes back to the queue for another worker. Default 30 s.
   */
  lockMs?: number;
  /** The queue's name: one per index (region deployment). Default `communes-harvest`. */
  name?: string;
}

/** Waiting for a job longer than this is giving up on it (a job removed before its end was seen). */
const LONGEST_WAIT_MS = 600_000;

const settle = (finished: Promise<unknown>): Promise<void> =>
  Promise.race([
    finished.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, LONGEST_WAIT_MS).unref()),
  ]);

/**
 * Harvest jobs on a BullMQ queue: one job per town (its code is the job's id, so a town waiting
 * or being harvested cannot be queued twice, and no two workers harvest it at once), taken by
 * as many harvester processes as run, `concurrency` each. A request while the town is being
 * harvested is remembered and queued again once that run ends, so a notification is never
 * lost in the middle of a harvest.
 */
export async function createHarvestQueue(
  { redisUrl, lockMs = 30_000, name: QUEUE = 'communes-harvest' }: HarvestQueueOptions,
  run: (town: string) => Promise<void>,
  concurrency: number,
) {
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const queue = new Queue(QUEUE, { connection });
  const events = new QueueEvents(QUEUE, { connection });
  const worker = new Worker(QUEUE, async (job: Job<{ town: string }>) => run(job.data.town), {
    connection,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
  });
  // A job's failure is the town's (its state says why); the worker goes on.
  worker.on('error', () => {});
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady(), worker.waitUntilReady()]);
  const again = new Set<string>();
  const add = (town: string) => queue.add('harvest', { town }, { jobId: town, removeOnComplete: true, removeOnFail: true });
  const ended = ({ jobId }: { jobId: string }) => {
    if (again.delete(jobId)) void add(jobId);
  };
  events.on('completed', ended);
  events.on('failed', ended);

  return {
    /** Queues a harvest of `town` (nothing more when one is waiting already). */
    queue: (town: string): Promise<unknown> => add(town),
    /** Queues a harvest of `town` and resolves when a run that started after this call ended. */
    async request(town: string): Promise<void> {
      const existing = await queue.getJob(town);
      if (existing && (await existing.isActive())) {
        again.add(town);
        await settle(existing.waitUntilFinished(events));
      }
      const job = await add(town);
      await settle(job.waitUntilFinished(events));
    },
    /** Whether some worker, in any process, is harvesting `town` now. */
    async isRunning(town: string): Promise<boolean> {
      return (await (await queue.getJob(town))?.isActive()) ?? false;
    },
    async close(): Promise<void> {
      await worker.close();
      await events.close();
      await queue.close();
    },
  };
}
