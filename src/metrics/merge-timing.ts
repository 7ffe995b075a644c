/**
 * Exact merge of the timing breakdown and of the iterations/VUs of several parts of one
 * load (worker threads, shards, k6 instances): phase and iteration histograms added
 * bucket by bucket, counts summed, every statistic read again from the sums. The parts
 * ran side by side, so their VU counts add up too.
 */
import { LatencyHistogram } from './latency-histogram.js';
import { phaseSummary } from './timing-accumulator.js';
import { TIMING_PHASES, type ExecutionMeasurements, type RequestTimings } from './timing-measurements.js';

/** The timings of the parts that have them; undefined when none has (nothing was timed). */
export function mergeTimings(parts: readonly (RequestTimings | undefined)[]): RequestTimings | undefined {
  const present = parts.filter((part): part is RequestTimings => part !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1 && parts.length === 1) return present[0];
  const phases = {} as RequestTimings['phases'];
  const histograms = {} as RequestTimings['histograms'];
  for (const phase of TIMING_PHASES) {
    const sum = addHistograms(present.map((part) => part.histograms[phase]));
    phases[phase] = phaseSummary(sum);
    histograms[phase] = sum.encode();
  }
  return {
    count: present.reduce((total, part) => total + part.count, 0),
    connectionsOpened: present.reduce((total, part) => total + part.connectionsOpened, 0),
    phases,
    histograms,
  };
}

export function mergeExecution(
  parts: readonly (ExecutionMeasurements | undefined)[],
): ExecutionMeasurements | undefined {
  const present = parts.filter((part): part is ExecutionMeasurements => part !== undefined);
  if (present.length === 0) return undefined;
  const sum = (read: (part: ExecutionMeasurements) => number): number =>
    present.reduce((total, part) => total + read(part), 0);
  const histogram = addHistograms(present.map((part) => part.iterationHistogram));
  return {
    iterations: sum((part) => part.iterations),
    iterationDuration: histogram.summary(),
    iterationHistogram: histogram.encode(),
    vus: sum((part) => part.vus),
    vusMax: sum((part) => part.vusMax),
    droppedIterations: sum((part) => part.droppedIterations),
  };
}

/** The sum of HDR histograms given as compressed base64 ('' is empty). */
function addHistograms(encoded: readonly string[]): LatencyHistogram {
  const sum = new LatencyHistogram();
  for (const base64 of encoded) if (base64 !== '') sum.add(LatencyHistogram.decode(base64));
  return sum;
}
