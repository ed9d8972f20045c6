import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar on a terminal; elsewhere (CI, logs) a line every tenth of the way, so that
 * long runs still show they are alive without flooding the log.
 */
export function createProgressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} entries | ETA {eta_formatted}`, stream },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done: number, total: number) {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${label}: ${done}/${total} entries\n`);
      }
    },
    stop() {},
  };
}
