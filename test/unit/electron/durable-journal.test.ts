import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJournal } from '../../../electron/main/host/journal/durable-journal';
import { formatJournalLine } from '../../../electron/main/host/journal/journal-line';

const at = new Date('2026-03-02T04:05:06.000Z');
const entry = (id: string) => ({
  kind: 'application-accepted',
  id,
  payload: JSON.stringify({ receipt: id }),
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'desk-journal-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function linesOf(journal: DurableJournal): Promise<string[]> {
  return (await readFile(journal.filePath, 'utf8')).split('\n').slice(0, -1);
}

describe('durable journal', () => {
  it('creates its folder and answers 1-based line numbers in call order', async () => {
    const journal = new DurableJournal(path.join(folder, 'journal'), () => at);
    const acks = await Promise.all(['a', 'b', 'c'].map((id) => journal.append(entry(id))));
    expect(acks).toEqual([{ line: 1 }, { line: 2 }, { line: 3 }]);
    const lines = await linesOf(journal);
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'b', 'c']);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ at: at.toISOString(), ...entry('a') });
  });

  it('keeps a newline inside a payload within its line', async () => {
    const journal = new DurableJournal(folder, () => at);
    await journal.append({ kind: 'note', id: 'n1', payload: 'first\nsecond\u2028third' });
    await journal.append(entry('after'));
    const lines = await linesOf(journal);
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[0] ?? '') as { payload: string }).payload).toBe('first\nsecond\u2028third');
  });

  it('continues the numbering of a journal written by an earlier run', async () => {
    await writeFile(
      path.join(folder, 'journal.jsonl'),
      formatJournalLine(entry('old1'), at) + formatJournalLine(entry('old2'), at),
    );
    const journal = new DurableJournal(folder, () => at);
    await expect(journal.append(entry('new'))).resolves.toEqual({ line: 3 });
  });

  it('closes a line torn by a crash before writing the next entry', async () => {
    await writeFile(
      path.join(folder, 'journal.jsonl'),
      `${formatJournalLine(entry('whole'), at)}{"at":"2026-03-02T04:0`,
    );
    const journal = new DurableJournal(folder, () => at);
    await expect(journal.append(entry('next'))).resolves.toEqual({ line: 3 });
    const lines = await linesOf(journal);
    expect(lines[1]).toBe('{"at":"2026-03-02T04:0');
    expect((JSON.parse(lines[2] ?? '') as { id: string }).id).toBe('next');
  });

  it('reports a failed write and recovers on the next append', async () => {
    const target = path.join(folder, 'journal');
    await mkdir(path.join(target, 'journal.jsonl'), { recursive: true }); // a directory where the file should be
    const journal = new DurableJournal(target, () => at);
    await expect(journal.append(entry('lost'))).rejects.toThrow();
    await rm(path.join(target, 'journal.jsonl'), { recursive: true });
    await expect(journal.append(entry('kept'))).resolves.toEqual({ line: 1 });
  });
});
