/** The median of `repeats` timings of `work`, in ms (one decimal), after one run not counted (a warm-up). */
export async function medianMs(repeats: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! * 10) / 10;
}
