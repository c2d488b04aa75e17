import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { countAt, countCell, PlainCsvSplitter, splitRow } from '../../src/cli/plain-csv.js';
import { newState, readRecords } from '../../src/cli/read-records.js';

const OPTIONS = { bom: true, skip_empty_lines: true } as const;

/** Cells: plain text, empty, or quoted (with delimiters, line ends and doubled quotes inside), sometimes a stray quote or \r. */
const cellArb = (delimiter: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9 é.:-]{0,6}$/) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z,;\t\n\r"]{0,5}$/).map((s) => `"${s.replaceAll('"', '""')}"`) },
    { weight: 1, arbitrary: fc.constantFrom('a"b', '\r', `x${delimiter}y`, '😀') },
  );

/** A CSV text: a BOM or not, rows of mostly the same width, a line end style (LF, CRLF or mixed), empty lines, a last line end or not. */
const csvArb = fc.constantFrom(',', ';', '\t').chain((delimiter) =>
  fc.record({
    delimiter: fc.constant(delimiter),
    bom: fc.boolean(),
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.tuple(fc.array(cellArb(delimiter), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 9 })), { minLength: 0, maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n', 'mixed'),
    empty: fc.array(fc.nat(12), { maxLength: 2 }),
    last: fc.boolean(),
    cuts: fc.array(fc.nat(400), { maxLength: 8 }),
  }).map(({ delimiter: d, bom, width, rows, eol, empty, last, cuts }) => {
    const lines = rows.map(([cells, odd]) => (odd === 0 ? cells : Array.from({ length: width }, (_, i) => cells[i % cells.length] ?? '')).join(d));
    for (const at of empty) lines.splice(Math.min(at, lines.length), 0, '');
    let text = bom ? '\uFEFF' : '';
    lines.forEach((line, i) => {
      const end = eol === 'mixed' ? (i % 3 === 2 ? '\n' : '\r\n') : eol;
      text += line + (i < lines.length - 1 || last ? end : '');
    });
    return { delimiter: d, text, cuts: [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b) };
  }),
);

/** The splitter fed in pieces cut at `cuts`: the records of the pieces it took, and whether it took the whole text. */
function split(text: string, delimiter: string, cuts: number[]): { records: string[][]; plain: boolean } {
  const splitter = new PlainCsvSplitter(delimiter, splitRow(delimiter));
  const records: string[][] = [];
  const withHeader = (): string[][] => (splitter.header === null ? records : [splitter.header, ...records]);
  let from = 0;
  for (const at of [...cuts, text.length]) {
    const rows: string[][] = [];
    if (!splitter.push(text.slice(from, at), rows)) return { records: withHeader(), plain: false };
    records.push(...rows);
    from = at;
  }
  const rows: string[][] = [];
  if (!splitter.end(rows)) return { records: withHeader(), plain: false };
  records.push(...rows);
  return { records: withHeader(), plain: true };
}

describe('PlainCsvSplitter against csv-parse', () => {
  it('gives csv-parse\'s records when it takes the text, and a prefix of them when it hands over', () => {
    fc.assert(
      fc.property(csvArb, ({ delimiter, text, cuts }) => {
        const ours = split(text, delimiter, cuts);
        if (ours.plain) {
          // csv-parse must accept the text and give exactly these records.
          expect(parse(text, { ...OPTIONS, delimiter }) as string[][]).toEqual(ours.records);
        } else {
          const theirs = parse(text, { ...OPTIONS, delimiter, skip_records_with_error: true, relax_quotes: true }) as string[][];
          expect(theirs.slice(0, ours.records.length)).toEqual(ours.records);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('takes plain LF and CRLF text whatever the cuts, and hands over at a quote', () => {
    const text = '\uFEFFa,b\r\n1,\r\n\r\n,2\r\n';
    for (let at = 0; at <= text.length; at += 1) expect(split(text, ',', [at])).toEqual({ records: [['a', 'b'], ['1', ''], ['', '2']], plain: true });
    expect(split('a,b\n"1",2\n', ',', []).plain).toBe(false);
    expect(split('a,b\n1,2,3\n', ',', []).plain).toBe(false);
    expect(split('a,b\n1\r2,3\n', ',', []).plain).toBe(false);
  });

  it('reads digit cells as Number does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a]{0,20}$/), (s) => {
        expect(countCell(s)).toEqual(s !== '' && /^\d+$/.test(s) ? Number(s) : s);
        const line = `x,${s},y`;
        expect(countAt(line, 2, 2 + s.length)).toEqual(s === '' ? null : countCell(s));
      }),
    );
  });
});

describe('readRecords: fast path and csv-parse give the same records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socialkit-plain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = 'id,platform,publishedAt,impressions,reach,engagements,clicks';
  const row = (i: number): string => `p${String(i)},x,2026-01-0${String(1 + (i % 9))}T10:00:00Z,${String(i * 7)},${String(i)},,${String(i % 5)}`;

  async function all(text: string, skipInvalid = false): Promise<Record<string, unknown>[]> {
    const path = join(dir, `f${String(Math.random()).slice(2)}.csv`);
    writeFileSync(path, text);
    const out: Record<string, unknown>[] = [];
    for await (const batch of readRecords(path, { map: {}, skipInvalid, batchSize: 100 }, newState(path))) out.push(...batch);
    return out;
  }

  it('hands over to csv-parse at a quote anywhere (even far into the file) without losing or repeating a record', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i));
    const plain = await all([header, ...rows].join('\n'));
    for (const at of [0, 1, 99, 100, 12_345, 29_999]) {
      const quoted = rows.slice();
      quoted[at] = `"p${String(at)}",x,2026-01-0${String(1 + (at % 9))}T10:00:00Z,${String(at * 7)},${String(at)},,${String(at % 5)}`;
      expect(await all([header, ...quoted].join('\r\n') + '\r\n')).toEqual(plain);
    }
    expect(plain).toHaveLength(30_000);
    expect(plain[3]).toEqual({ id: 'p3', platform: 'x', publishedAt: '2026-01-04T10:00:00Z', impressions: 21, reach: 3, engagements: null, clicks: 3 });
  });

  it('builds the same records from the line\'s offsets as csv-parse\'s path from its fields (random cells, mapped columns)', async () => {
    const cells = fc.oneof(fc.stringMatching(/^[0-9]{0,18}$/), fc.stringMatching(/^[a-z0-9 .:-]{0,4}$/));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cells, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 20 }), async (rows) => {
        const head = 'extra,platform,publishedAt,impressions,reach,engagements,clicks,conversions';
        const body = rows.map((r) => r.join(',')).join('\n');
        const fast = await all(`${head}\n${body}\n`);
        // A quoted header cell sends the whole file to csv-parse.
        const slow = await all(`"extra",${head.slice(6)}\n${body}\n`);
        expect(fast).toEqual(slow);
        expect(fast.map((r) => Object.keys(r))).toEqual(slow.map((r) => Object.keys(r)));
        expect(fast).toHaveLength(rows.length);
      }),
      { numRuns: 40 },
    );
  });

  it('a short row far into the file keeps csv-parse\'s error with its line', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i));
    rows[4321] = 'p,x';
    await expect(all([header, ...rows].join('\n'))).rejects.toThrow(/:4323: malformed CSV/);
    expect(await all([header, ...rows].join('\n'), true)).toHaveLength(4999);
  });
});
