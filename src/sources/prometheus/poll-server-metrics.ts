/**
 * During the run, for thresholds on server metrics with `abortOnFail`: each of those
 * metrics is asked for its value now (an instant query) once a step, and the samples
 * so far are what the abort rules judge each second. A query that fails adds no
 * sample; with none yet, the threshold is undecided, which is no breach.
 */
import type { ServerMetricsSettings } from '../../config/server-metrics-settings.js';
import type { LiveCheck } from '../../metrics/live-run.js';
import type { ServerMetricSeries, ServerMetricsMeasurements } from '../../metrics/server-metrics.js';
import type { Threshold } from '../../slo/types.js';
import { serverMetricKey } from '../../slo/server-metric-measure.js';
import { fillQuery } from './fill-query.js';
import { queryInstant, singleSeries } from './prometheus-client.js';
import { queryOptions, sideLabel } from './read-server-metrics.js';

export class ServerMetricsPoller {
  private readonly series: ServerMetricSeries[];
  private timer: NodeJS.Timeout | undefined;
  private readonly startMs = Date.now();
  private inFlight = false;

  constructor(
    private readonly settings: ServerMetricsSettings,
    names: readonly string[],
  ) {
    this.series = settings.metrics
      .filter((metric) => names.includes(metric.name))
      .map((metric) => ({ name: metric.name, unit: metric.unit, query: metric.query, samples: [] }));
  }

  /** The poller for the abortOnFail thresholds on server metrics, or undefined when there is none. */
  static forThresholds(
    settings: ServerMetricsSettings | undefined,
    thresholds: readonly Threshold[],
  ): ServerMetricsPoller | undefined {
    if (settings === undefined) return undefined;
    const names = thresholds
      .filter((threshold) => threshold.abortOnFail)
      .map((threshold) => serverMetricKey(threshold.metric))
      .filter((key): key is string => key !== undefined);
    return names.length === 0 ? undefined : new ServerMetricsPoller(settings, names);
  }

  start(): void {
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.settings.stepMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The samples so far, as a run's server metrics. */
  measurements(): ServerMetricsMeasurements {
    return {
      source: this.settings.url,
      stepSeconds: this.settings.stepMs / 1000,
      target: sideLabel(this.settings, 'canary'),
      metrics: this.series.map((series) => ({ ...series, samples: [...series.samples] })),
    };
  }

  /** The abort check with the samples so far added to what it sees. */
  wrap(check: LiveCheck): LiveCheck {
    return (live) =>
      check({
        elapsedMs: live.elapsedMs,
        snapshot: () => ({ ...live.snapshot(), serverMetrics: this.measurements() }),
      });
  }

  private async poll(): Promise<void> {
    // A slow store must not pile queries up: one round at a time.
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      const options = queryOptions(this.settings);
      const now = Date.now();
      await Promise.all(
        this.series.map(async (series) => {
          const metric = this.settings.metrics.find((entry) => entry.name === series.name)!;
          const query = fillQuery(metric, this.settings.labels, 'canary', now - this.startMs);
          series.query = query;
          const read = singleSeries(await queryInstant(options, query, now / 1000), this.startMs / 1000);
          if ('samples' in read) series.samples.push(...read.samples);
        }),
      );
    } finally {
      this.inFlight = false;
    }
  }
}
