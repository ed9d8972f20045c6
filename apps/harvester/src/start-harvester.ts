import { type IndexDatabase, maintainIndex, readHarvestStates, saveHarvestState, type TownHarvestState } from '@communes/regional-index';
import { backoffDelay } from './backoff-delay';
import { createHarvestQueue, type HarvestQueueOptions } from './create-harvest-queue';
import { HarvestError } from './harvest-error';
import { firstState, harvestTown, type HarvestReport } from './harvest-town';
import { startHarvesterHttp } from './harvester-http';
import { createTownRunner } from './town-runner';
import type { TownSource } from './town-source';

export interface HarvesterOptions {
  index: IndexDatabase;
  /** The towns to harvest; a function is asked again at every round (a registry that changes). */
  towns: readonly TownSource[] | (() => readonly TownSource[]);
  /** How often each town's feed is read when it sends no notification. Default 30 s. */
  intervalMs?: number;
  /** Each call to a town. Default 10 s. */
  timeoutMs?: number;
  /** Towns harvested at once. Default 8. */
  concurrency?: number;
  /** The first wait after a failure, doubled at each failure up to `maxBackoffMs`. Defaults 5 s and 10 min. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Lines of a feed read at once. Default 1000. */
  linesPerPage?: number;
  /** Entries written between two `maintainIndex` runs (statistics, visibility map). Default 20,000. */
  maintainAfterWrites?: number;
  /** The secret a town's notification carries (`Authorization: Bearer <token>`); notifications are refused without one. */
  notifyToken?: string;
  /** Where the notification and status endpoints listen; none when `port` is unset. */
  host?: string;
  port?: number;
  log?: (event: Record<string, unknown>) => void;
  /**
   * Share the harvest with other harvester processes through a BullMQ queue on Redis (the index
   * on PostgreSQL, shared too): each town harvested by one worker at a time, a dead worker's
   * town taken up by another. Unset: this process harvests every town itself.
   */
  queue?: HarvestQueueOptions;
}

export interface Harvester {
  /** The HTTP endpoints' origin, when they listen. */
  url?: string;
  /** Harvests these towns (all by default) now, and resolves when done; failures are in their states. */
  harvestNow(codes?: readonly string[]): Promise<void>;
  /** Each town's harvest state, as the index holds it. */
  states(): Map<string, TownHarvestState>;
  stop(): Promise<void>;
}

/**
 * The harvester: keeps the index up to date with every town, each on its own (a town that is
 * down waits out its backoff and never holds up the others), by polling each town's change
 * feed every `intervalMs` and at once when the town notifies it.
 */
export async function startHarvester(options: HarvesterOptions): Promise<Harvester> {
  const { index, intervalMs = 30_000, timeoutMs = 10_000, concurrency = 8, backoffMs = 5_000, maxBackoffMs = 600_000 } = options;
  const log = options.log ?? (() => {});
  const limits = { timeoutMs, linesPerPage: options.linesPerPage ?? 1000 };
  const townsNow = () => (typeof options.towns === 'function' ? options.towns() : options.towns);
  const states = await readHarvestStates(index);

  // After many writes (a first harvest, a town's import), fresh statistics keep the region's
  // reads on their indexes (see maintainIndex): once the harvests under way are done, not
  // after every 20,000 entries of a first harvest, which would scan a growing table again and again.
  let writtenSinceMaintenance = 0;
  let maintaining: Promise<void> | undefined;
  const maintainAfter = (written: number) => {
    writtenSinceMaintenance += written;
    if (maintaining || writtenSinceMaintenance < (options.maintainAfterWrites ?? 20_000)) return;
    maintaining = runner
      .idle()
      .then(() => {
        writtenSinceMaintenance = 0;
        return maintainIndex(index);
      })
      .catch((error: Error) => log({ level: 'warn', event: 'index-maintenance-failed', error: error.message }))
      .finally(() => {
        maintaining = undefined;
      });
  };

  const harvest = async (code: string): Promise<void> => {
    const town = townsNow().find((t) => t.code === code);
    if (!town) return;
    // Another process may have harvested it since: the index holds the state, not this process.
    const known = options.queue ? (await readHarvestStates(index)).get(code) : states.get(code);
    const before = { ...(known ?? firstState(code)), lastAttempt: new Date() };
    log({ level: 'debug', event: 'harvest-started', town: code });
    states.set(code, before);
    let report: HarvestReport;
    try {
      report = await harvestTown(index, town, before, limits);
    } catch (error) {
      const failures = before.failures + 1;
      const known = error instanceof HarvestError;
      const failed = {
        ...((await readHarvestStates(index)).get(code) ?? before),
        lastAttempt: before.lastAttempt,
        lastError: known ? `${error.code}: ${error.message}` : 'INTERNAL: the harvest failed (see the log)',
        failures,
        nextAttempt: new Date(Date.now() + backoffDelay(failures, backoffMs, maxBackoffMs)),
      };
      states.set(code, failed);
      await saveHarvestState(index, failed);
      log({
        level: 'warn',
        event: 'harvest-failed',
        town: code,
        failures,
        error: known ? error.message : String((error as Error).stack ?? error),
      });
      throw error;
    }
    const done: TownHarvestState = {
      ...before,
      source: report.source,
      lastSequence: report.lastSequence,
      feedLatest: report.feedLatest,
      locales: report.locales,
      defaultLocale: report.defaultLocale,
      lastSuccess: new Date(),
      lastError: null,
      failures: 0,
      nextAttempt: null,
    };
    states.set(code, done);
    await saveHarvestState(index, done);
    if (report.lines || report.written || report.refused)
      log({ level: report.refused ? 'warn' : 'info', event: 'harvested', town: code, ...report });
    maintainAfter(report.written);
  };

  const queue = options.queue ? await createHarvestQueue(options.queue, harvest, concurrency) : undefined;
  const runner = createTownRunner(harvest, concurrency);
  const request = (code: string) => (queue ? queue.request(code) : runner.request(code).catch(() => undefined));

  const due = (code: string, now: number): boolean => {
    if (!queue && runner.isRunning(code)) return false;
    const state = states.get(code);
    if (!state?.lastAttempt) return true;
    if (state.nextAttempt && state.nextAttempt.getTime() > now) return false;
    return now - state.lastAttempt.getTime() >= (state.failures ? 0 : intervalMs);
  };
  let ticking = false;
  const tick = setInterval(
    async () => {
      if (ticking) return;
      ticking = true;
      try {
        // Shared with the other processes: what they harvested is not due here.
        if (queue) for (const [code, state] of await readHarvestStates(index)) states.set(code, state);
        const now = Date.now();
        for (const { code } of townsNow()) if (due(code, now)) void (queue ? queue.queue(code) : request(code));
      } catch (error) {
        log({ level: 'warn', event: 'harvest-round-failed', error: (error as Error).message });
      } finally {
        ticking = false;
      }
    },
    // A quarter of the interval: a town is read at most a quarter interval late.
    Math.max(50, Math.min(1000, intervalMs / 4)),
  );
  tick.unref();

  const http =
    options.port === undefined
      ? undefined
      : await startHarvesterHttp({
          host: options.host ?? '127.0.0.1',
          port: options.port,
          notifyToken: options.notifyToken,
          isTown: (code) => townsNow().some((t) => t.code === code),
          notify: (code) => {
            log({ level: 'debug', event: 'notified', town: code });
            void request(code);
          },
          status: () => ({
            towns: townsNow().map(({ code }) => ({ code, running: runner.isRunning(code), ...(states.get(code) ?? firstState(code)) })),
          }),
        });

  return {
    url: http?.url,
    async harvestNow(codes) {
      await Promise.all((codes ?? townsNow().map((t) => t.code)).map(request));
    },
    states: () => new Map(states),
    async stop() {
      clearInterval(tick);
      await http?.stop();
      await queue?.close();
      await runner.idle();
      await maintaining;
    },
  };
}
