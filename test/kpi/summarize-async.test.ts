import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { summarize } from '../../src/kpi/summarize.js';
import { summarizeAsync } from '../../src/kpi/summarize-async.js';
import { type SummaryRecord } from '../../src/kpi/summary.js';

const records: SummaryRecord[] = [
  { platform: 'linkedin', publishedAt: '2027-03-01T08:00:00Z', impressions: 500, reach: 400, engagements: 25, clicks: 5, cost: '1.25' },
  { platform: 'x', publishedAt: '2027-03-02T08:00:00Z', impressions: 900, reach: 700, engagements: 18, clicks: 9, cost: 0.75 },
  { platform: 'linkedin', publishedAt: '2027-03-09T08:00:00Z', impressions: 100, reach: 90, engagements: 5, clicks: 1 },
];

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('summarizeAsync', () => {
  it('resolves to the same result as summarize', async () => {
    const options = { by: ['platform', 'week'], timeZone: 'Europe/Paris', currency: 'EUR' } as const;
    const fromStream = await summarizeAsync(stream(records), options);
    const fromArray = summarize(records, options);
    expect(JSON.stringify(fromStream)).toBe(JSON.stringify(fromArray));
    expect(fromStream.rows[0]!.key).toEqual({ platform: 'linkedin', week: '2027-W09' });
  });

  it('accepts arrays and sync iterables', async () => {
    expect((await summarizeAsync(records, { by: ['platform'] })).rows).toHaveLength(2);
    expect((await summarizeAsync(new Set(records))).rows[0]!.posts).toBe(3);
  });

  it('rejects with the error naming the record index', async () => {
    const bad = [...records, { ...records[0]!, clicks: -1 }];
    await expect(summarizeAsync(stream(bad))).rejects.toMatchObject({ code: 'validation', path: ['records', 3, 'clicks'] });
    const skipped = await summarizeAsync(stream(bad), { onInvalid: 'skip' });
    expect(skipped.skipped).toBe(1);
  });

  it('rejects a source that is not iterable, and bad options', async () => {
    await expect(summarizeAsync(42 as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(summarizeAsync(null as never)).rejects.toMatchObject({ path: ['source'] });
    await expect(summarizeAsync(stream(records), { by: ['week'] })).rejects.toMatchObject({ path: ['options', 'timeZone'] });
  });

  it("passes on the source's own error unchanged", async () => {
    async function* failing(): AsyncGenerator<SummaryRecord> {
      yield records[0]!;
      throw new Error('network down');
    }
    await expect(summarizeAsync(failing())).rejects.toThrow('network down');
  });
});

describe('summarizeAsync over batches', () => {
  it('reads arrays as batches of records: the result of summarize on all of them', async () => {
    const opts = { by: ['platform', 'week'] as const, timeZone: 'Europe/Paris' };
    const expected = summarize(records, { by: [...opts.by], timeZone: opts.timeZone });
    const got = await summarizeAsync(stream([records.slice(0, 2), [], records.slice(2)]), { by: [...opts.by], timeZone: opts.timeZone });
    expect(got).toEqual(expected);
    const mixed = await summarizeAsync([records[0] as SummaryRecord, records.slice(1)], { by: ['platform'] });
    expect(mixed).toEqual(summarize(records, { by: ['platform'] }));
  });

  it('numbers records across batches, so an error names the index in the whole stream', async () => {
    const bad = { ...records[0], reach: -1 } as SummaryRecord;
    await expect(summarizeAsync(stream([records, [bad]]))).rejects.toThrow(/records\[3\]\.reach/);
    const skipped = await summarizeAsync([records, [records[0] as SummaryRecord, bad]], { onInvalid: 'skip' });
    expect(skipped.skipped).toBe(1);
    expect(skipped.invalid[0]?.index).toBe(4);
  });
});
