/**
 * k6 NDJSON samples carry k6's `scenario` tag: besides the run's own builder, each
 * scenario's samples go into a builder of their own, so the run read from k6 has
 * `scenarios` like one the engine measured and `{scenario:NAME}` thresholds can be
 * judged on it. A stream of the one scenario `default` (k6 without `scenarios`) is not
 * split. What k6 writes without a scenario tag (the `vus` gauge) and the byte counters
 * (read without their tags) are the run's only.
 */
import type { RunMeasurements, ScenarioMeasurements } from '../../metrics/measurements.js';
import type { TagSet } from '../../metrics/tag-set.js';
import type { TimingPhase } from '../../metrics/timing-measurements.js';
import { K6SampleBuilder, type K6Tags } from './k6-sample-builder.js';

/** k6's name of the scenario of a test without `scenarios`. */
const K6_DEFAULT_SCENARIO = 'default';

export class ScenarioSampleBuilder extends K6SampleBuilder {
  private readonly byScenario = new Map<string, K6SampleBuilder>();
  private files = 0;

  /** `selectionsOf`: the tag selections a scenario's own builder keeps (without the scenario key). */
  constructor(
    selections: readonly TagSet[] = [],
    private readonly selectionsOf: (scenario: string) => readonly TagSet[] = () => [],
  ) {
    super(selections);
  }

  private scenario(tags: K6Tags, time?: number): K6SampleBuilder | undefined {
    const name = tags.scenario;
    if (name === undefined || name === '') return undefined;
    let builder = this.byScenario.get(name);
    if (builder === undefined) {
      builder = new K6SampleBuilder(this.selectionsOf(name));
      for (let i = 0; i < this.files; i++) builder.nextFile();
      this.byScenario.set(name, builder);
    }
    if (time !== undefined) builder.seen(time);
    return builder;
  }

  override addRequest(time: number, value: number, tags: K6Tags): void {
    super.addRequest(time, value, tags);
    this.scenario(tags, time)?.addRequest(time, value, tags);
  }

  override addFailed(time: number, value: number, tags: K6Tags): void {
    super.addFailed(time, value, tags);
    this.scenario(tags, time)?.addFailed(time, value, tags);
  }

  override addDuration(time: number, ms: number, tags: K6Tags): void {
    super.addDuration(time, ms, tags);
    this.scenario(tags, time)?.addDuration(time, ms, tags);
  }

  override addPhase(phase: TimingPhase, ms: number, tags: K6Tags): void {
    super.addPhase(phase, ms, tags);
    this.scenario(tags)?.addPhase(phase, ms, tags);
  }

  override addCheck(value: number, tags: K6Tags): void {
    super.addCheck(value, tags);
    this.scenario(tags)?.addCheck(value, tags);
  }

  override nextFile(): void {
    super.nextFile();
    this.files++;
    for (const builder of this.byScenario.values()) builder.nextFile();
  }

  override build(): RunMeasurements | undefined {
    const run = super.build();
    const names = [...this.byScenario.keys()];
    if (run === undefined || names.length === 0 || (names.length === 1 && names[0] === K6_DEFAULT_SCENARIO)) {
      return run;
    }
    const start = Date.parse(run.startedAt);
    const scenarios: ScenarioMeasurements[] = [];
    for (const [name, builder] of this.byScenario) {
      const measurements = builder.build();
      if (measurements === undefined) continue;
      // k6 does not write a scenario's executor into its samples.
      scenarios.push({
        name,
        executor: 'unknown',
        startTimeMs: Math.max(0, Date.parse(measurements.startedAt) - start),
        measurements,
      });
    }
    return { ...run, scenarios };
  }
}
