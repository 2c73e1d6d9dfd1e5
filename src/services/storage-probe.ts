import type { Clock } from '../domain/clock';

export interface StorageProbeOptions {
  /** How often the storage is read in the background. */
  intervalMs: number;
  /** A result older than this counts as unknown, so unhealthy: a probe that hangs is a failure. */
  maxAgeMs: number;
}

export const DEFAULT_PROBE: StorageProbeOptions = { intervalMs: 5_000, maxAgeMs: 10_000 };

/**
 * Whether the service reaches its storage, as `/healthz` says it: one storage read every few
 * seconds in the background, never one per health request (a health check polled by App Service,
 * a load balancer and a monitor would otherwise multiply reads during an outage). The answer is
 * the last finished read, if it is at most `maxAgeMs` old.
 */
export class StorageProbe {
  private last?: { ok: boolean; at: number };
  private running = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly read: () => Promise<unknown>,
    private readonly clock: Clock,
    private readonly options: StorageProbeOptions = DEFAULT_PROBE,
  ) {}

  /** Healthy when the last read succeeded and is fresh; never waits for storage. */
  healthy(): boolean {
    return (
      this.last !== undefined && this.last.ok && this.clock.now().getTime() - this.last.at <= this.options.maxAgeMs
    );
  }

  /** One read now (unless one is under way); resolves when it has finished. */
  async refresh(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.read();
      this.last = { ok: true, at: this.clock.now().getTime() };
    } catch {
      this.last = { ok: false, at: this.clock.now().getTime() };
    } finally {
      this.running = false;
    }
  }

  /** Reads now and every `intervalMs` until stopped; the timer never keeps the process alive. */
  start(): void {
    void this.refresh();
    this.timer ??= setInterval(() => void this.refresh(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
