/** A one-line progress bar on stderr with rate and ETA; silent when stderr is not a terminal. */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    enabled = process.stderr.isTTY === true,
  ) {
    this.enabled = enabled;
  }

  update(count: number, unit: string, done: number, total: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = count / secs;
    const frac = total > 0 ? Math.min(1, done / total) : 0;
    const width = 24;
    const filled = Math.round(frac * width);
    const bar = total > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ` : '';
    const eta = total > 0 && frac > 0.001 ? ` ETA ${fmt((secs / frac) * (1 - frac))}` : '';
    const line = `${this.label} ${bar}${count} ${unit} ${rate.toFixed(0)}/s${eta} ${fmt(secs)}`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 100) - 1).padEnd(Math.min(line.length, 99))}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}

function fmt(secs: number): string {
  const s = Math.round(secs);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
