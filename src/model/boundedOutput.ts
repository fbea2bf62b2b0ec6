// A run's output, kept within bounds: everything up to `maxStreamed` characters is passed on as it
// arrives (to the Testing view), then a single notice; only the last `tailSize` characters are kept for
// the failure message. Memory stays bounded whatever the command prints.

export interface OutputBounds {
  /** Characters passed on to the live output before it is cut. */
  readonly maxStreamed: number;
  /** Characters kept from the end of the output. */
  readonly tailSize: number;
}

export const DEFAULT_OUTPUT_BOUNDS: OutputBounds = { maxStreamed: 1_000_000, tailSize: 4_000 };

export class BoundedOutput {
  private streamed = 0;
  private total = 0;
  private cutNoticeGiven = false;
  private tailText = '';

  constructor(private readonly bounds: OutputBounds = DEFAULT_OUTPUT_BOUNDS) {}

  /** Records a chunk; returns the part to pass on now (empty once the stream limit was reached). */
  append(chunk: string): string {
    this.total += chunk.length;
    this.tailText = (this.tailText + chunk.slice(-this.bounds.tailSize)).slice(-this.bounds.tailSize);
    const room = this.bounds.maxStreamed - this.streamed;
    if (room >= chunk.length) {
      this.streamed += chunk.length;
      return chunk;
    }
    const passed = chunk.slice(0, Math.max(room, 0));
    this.streamed += passed.length;
    if (this.cutNoticeGiven) return passed;
    this.cutNoticeGiven = true;
    return `${passed}\r\n[Roadmap Tracker: output beyond ${this.bounds.maxStreamed.toLocaleString('en')} characters is not shown]\r\n`;
  }

  /** The last characters of the output, marked when earlier output was left out. */
  tail(): string {
    const omitted = this.total - this.tailText.length;
    return omitted > 0 ? `…(${omitted.toLocaleString('en')} earlier characters left out)\n${this.tailText}` : this.tailText;
  }

  get totalCharacters(): number {
    return this.total;
  }
}
