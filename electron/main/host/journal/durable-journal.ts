import { constants, createReadStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { JournalAck, JournalEntry } from '../../../../shared/host';
import { formatJournalLine } from './journal-line';

/** Where the file stands; recounted from disk after any failed write. */
interface JournalState {
  readonly lines: number;
  /** The file ends mid-line (a write was cut short by a crash): the next write starts a new line. */
  readonly endsMidLine: boolean;
}

/**
 * Append-only JSON-lines journal. An append answers only after the bytes are on disk
 * (fdatasync), so a receipt printed after it is backed by a record that survives a power cut.
 * Appends are serialised in call order; the answer is the 1-based line number of the entry.
 */
export class DurableJournal {
  readonly #directory: string;
  readonly #filePath: string;
  readonly #clock: () => Date;
  #state: JournalState | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(directory: string, clock: () => Date, fileName = 'journal.jsonl') {
    this.#directory = directory;
    this.#filePath = path.join(directory, fileName);
    this.#clock = clock;
  }

  get filePath(): string {
    return this.#filePath;
  }

  append(entry: JournalEntry): Promise<JournalAck> {
    const result = this.#queue.then(() => this.#appendNow(entry));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #appendNow(entry: JournalEntry): Promise<JournalAck> {
    const state = this.#state ?? (await this.#readState());
    const separator = state.endsMidLine ? '\n' : '';
    const line = state.lines + (state.endsMidLine ? 1 : 0) + 1;
    this.#state = null; // until this write is durable, only the disk knows the truth
    const handle = await open(this.#filePath, 'a', 0o600);
    try {
      await handle.writeFile(separator + formatJournalLine(entry, this.#clock()), 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (state.lines === 0 && !state.endsMidLine) await syncDirectory(this.#directory);
    this.#state = { lines: line, endsMidLine: false };
    return { line };
  }

  async #readState(): Promise<JournalState> {
    await mkdir(this.#directory, { recursive: true, mode: 0o700 });
    const size = await stat(this.#filePath).then(
      (stats) => stats.size,
      (error: unknown) => {
        if ((error as { code?: unknown }).code === 'ENOENT') return 0;
        throw error;
      },
    );
    if (size === 0) return { lines: 0, endsMidLine: false };
    let lines = 0;
    let lastByte = 0x0a;
    for await (const chunk of createReadStream(this.#filePath) as AsyncIterable<Buffer>) {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
      lastByte = chunk.at(-1) ?? lastByte;
    }
    return { lines, endsMidLine: lastByte !== 0x0a };
  }
}

/** Makes a newly created file's directory entry durable too (POSIX; Windows cannot open directories). */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
