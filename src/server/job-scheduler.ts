import type { Logger } from 'pino';
import type { Platform } from '../core/platform';
import type { ScheduledJob } from '../core/graphql/node-registry';
import { withClusterLock } from './cluster-lock';

/**
 * Runs each job once at start-up and then on its interval; a run never overlaps itself, and
 * with several processes only one runs a given job at a time (the others skip that round).
 */
export function scheduleJobs(platform: Platform, jobs: ScheduledJob[], log: Logger) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;
  const run = (job: ScheduledJob) => {
    if (stopped || running.has(job.name)) return;
    const started = Date.now();
    const promise = withClusterLock(platform.dataSource, job.name, () => job.run(platform))
      .then((result) => log.info({ job: job.name, result, ms: Date.now() - started }, 'job ran'))
      .catch((err: unknown) => log.error({ err, job: job.name }, 'job failed'))
      .finally(() => running.delete(job.name));
    running.set(job.name, promise);
  };
  for (const job of jobs) {
    run(job);
    const timer = setInterval(() => run(job), job.intervalMs);
    timer.unref();
    timers.push(timer);
  }
  return {
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.all(running.values());
    },
  };
}
