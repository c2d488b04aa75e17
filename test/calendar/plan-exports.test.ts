import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { freeze, planCalendar, planFromCsv, PlanSchema, planToCsv, toICalendar, type Plan, type PlanInput, type PlannedPostInput, type PostStatus } from '../../src/calendar/index.js';
import { countWork } from '../support/work.js';
import { errorOf, input, plan, post } from './plan-fixtures.js';

const now = '2027-01-01T12:00:00Z';

/** What ical.js reads back from each VEVENT. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: e.getFirstPropertyValue('uid') as string,
      dtstamp: (e.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
      start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
      startIsUtc: (e.getFirstPropertyValue('dtstart') as ICAL.Time).zone === ICAL.Timezone.utcTimezone,
      summary: e.getFirstPropertyValue('summary') as string,
      description: (e.getFirstPropertyValue('description') as string | null) ?? '',
      categories: e.getFirstProperty('categories')?.getValues() as string[],
      status: e.getFirstPropertyValue('status') as string,
      socialkitStatus: e.getFirstPropertyValue('x-socialkit-status') as string,
    })),
  };
}

/** The text as iCalendar can carry it: newlines as LF, no control characters but tab, U+FFFD for lone surrogates. */
function carried(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- the control characters RFC 5545 TEXT cannot carry
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\ufffd');
}

const STATUS = { draft: 'TENTATIVE', inReview: 'TENTATIVE', changesRequested: 'TENTATIVE', paused: 'TENTATIVE', approved: 'CONFIRMED', scheduled: 'CONFIRMED', published: 'CONFIRMED', failed: 'CANCELLED' };

function expectEventsEqualPlan(ics: string, p: Plan, domain = 'socialkit'): void {
  const { events: list } = events(ics);
  expect(list).toHaveLength(p.posts.length);
  p.posts.forEach((post, i) => {
    const e = list[i]!;
    // [A-Za-z0-9._-] as they are, everything else percent-encoded from UTF-8 (encodeURIComponent also leaves !'()*~ alone).
    const expected = !/\p{Cs}/u.test(post.id) ? encodeURIComponent(post.id).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : undefined;
    if (expected !== undefined) expect(e.uid).toBe(`${expected}@${domain}`);
    expect(e.start).toBe(post.at.getTime());
    expect(e.startIsUtc).toBe(true);
    expect(e.dtstamp).toBe(Math.floor(Date.parse(now) / 1000) * 1000);
    expect(e.summary).toBe([post.platform, post.pillar, ...(post.observanceId === null ? [] : [post.observanceId])].join(' · '));
    expect(e.description).toBe(carried(post.text));
    expect(e.categories).toEqual([post.platform, post.pillar]);
    expect(e.status).toBe(STATUS[post.status]);
    expect(e.socialkitStatus).toBe(post.status);
  });
}

/** RFC 5545 §3.1: CRLF line ends, no line over 75 octets, folds never inside a UTF-8 sequence. */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).toBe(false);
  for (const physical of ics.slice(0, -2).split('\r\n')) {
    const bytes = Buffer.from(physical, 'utf8');
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(bytes.toString('utf8')).toBe(physical);
  }
}

describe('toICalendar', () => {
  const planned = planCalendar(input({ observances: [{ id: 'valentinesDay', date: '2027-02-14', name: 'Saint-Valentin', category: 'commercial', countries: ['FR'], source: 'https://example.org' }] }));

  it('exports a planner\u2019s plan that ical.js reads back equal, event by event', () => {
    const ics = toICalendar(planned, { now, name: 'Boulangerie Martin' });
    expectWellFormed(ics);
    expectEventsEqualPlan(ics, planned);
    const { calendar } = events(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//socialkit//calendar//EN');
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
    expect(ics).toContain('\r\nX-WR-CALNAME:Boulangerie Martin\r\nX-WR-TIMEZONE:Europe/Paris\r\n');
    expect(ics).toContain('SUMMARY:instagram · ');
  });

  it('writes stable UIDs: the same plan exported twice gives the same file', () => {
    expect(toICalendar(planned, { now })).toBe(toICalendar(structuredClone(planned), { now }));
    const other = toICalendar(planned, { now, uidDomain: 'boulangerie-martin.fr' });
    expectEventsEqualPlan(other, planned, 'boulangerie-martin.fr');
  });

  it('escapes TEXT and folds at 75 octets without splitting a UTF-8 sequence (worked example)', () => {
    const text = `Galette, frangipane; \\ "maison"\r\nLigne 2\nLigne 3\r${'é'.repeat(40)}${'🥐'.repeat(20)}\u0007`;
    const p = plan([post('p1', '2027-03-10T08:00:00Z', '09:00', { text, status: 'scheduled' })]);
    const ics = toICalendar(p, { now });
    expectWellFormed(ics);
    expect(ics).toContain('DESCRIPTION:Galette\\, frangipane\\; \\\\ "maison"\\nLigne 2\\nLigne 3\\n');
    const description = ics.split('\r\n').findIndex((l) => l.startsWith('DESCRIPTION:'));
    const continuation = ics.split('\r\n').slice(description + 1, description + 4);
    expect(continuation.every((l) => l.startsWith(' '))).toBe(true);
    expectEventsEqualPlan(ics, PlanSchemaParse(p));
  });

  it('property: random texts (delimiters, quotes, newlines, emoji, control characters, lone surrogates) and statuses come back equal', () => {
    const statuses = fc.constantFrom<PostStatus>('draft', 'inReview', 'approved', 'changesRequested', 'scheduled', 'published', 'failed', 'paused');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.stringMatching(/^[,;\\\r\n"é🥐a ]{0,150}$/u));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, statuses, fc.integer({ min: 0, max: 40_000 }), fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null })), { maxLength: 8 }), (rows) => {
        const posts = rows.map(([t, status, minutes, observanceId], i) => {
          const at = new Date(Date.parse('2027-03-01T00:00:00Z') + minutes * 60_000);
          const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
          const history = status === 'paused' ? [{ action: 'pause' as const, from: 'draft' as const, to: 'paused' as const, actor: 'a', at }] : [];
          return post(`p${i};,\\ ${observanceId ?? ''}`, at.toISOString(), local, { text: t, status, observanceId, history, pillar: `pillar,${i}` });
        });
        const p = PlanSchemaParse(plan(posts));
        const ics = toICalendar(p, { now, name: 'Café, thé; et \\ 🥐' });
        expectWellFormed(ics);
        expectEventsEqualPlan(ics, p);
      }),
      { numRuns: 120 },
    );
  });

  it('refuses a missing now, a bad name or domain', () => {
    expect(errorOf(() => toICalendar(planned, {} as never)).path).toEqual(['options', 'now']);
    expect(errorOf(() => toICalendar(planned, { now: '10000-01-01T00:00:00Z' })).path).toEqual(['options', 'now']);
    expect(errorOf(() => toICalendar(planned, { now: new Date(-1e14) })).path).toEqual(['options', 'now']);
    expect(errorOf(() => toICalendar(planned, { now, name: 42 as unknown as string })).path).toEqual(['options', 'name']);
    expect(errorOf(() => toICalendar(planned, { now, uidDomain: 'a b' })).path).toEqual(['options', 'uidDomain']);
    expect(errorOf(() => toICalendar(planned, null as never)).path).toEqual(['options']);
  });
});

/** The plan as the operations see it (parsed). */
function PlanSchemaParse(p: PlanInput): Plan {
  return PlanSchema.parse(p);
}

describe('planToCsv and planFromCsv', () => {
  const planned = planCalendar(input({ observances: [{ id: 'valentinesDay', date: '2027-02-14', name: 'Saint-Valentin', category: 'commercial', countries: ['FR'], source: 'https://example.org' }] }));
  const frozen = freeze(planned, { from: '2027-02-01T00:00:00Z', to: '2027-02-08T00:00:00Z', reason: 'Crise, "grave"; vraiment' }).plan;

  it('round trip: planFromCsv(planToCsv(plan)) equals plan.posts (statuses and histories included)', () => {
    expect(planFromCsv(planToCsv(planned))).toEqual(planned.posts);
    expect(planFromCsv(planToCsv(frozen))).toEqual(frozen.posts);
    expect(planFromCsv(planToCsv(frozen, { delimiter: ';', bom: true }))).toEqual(frozen.posts);
    expect(planFromCsv(planToCsv(frozen, { delimiter: '\t' }))).toEqual(frozen.posts);
  });

  it('writes RFC 4180: a header, CRLF, quotes where needed, the offset of the plan\u2019s zone in at', () => {
    const csv = planToCsv(planned);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('id,platform,at,localTime,status,priority,observanceId,pillar,format,objectiveType,language,text,callToAction,links,media,history');
    expect(rows[1]).toMatch(/^instagram-2027-01-04-0900,instagram,2027-01-04T09:00:00\+01:00,09:00,draft,0,,\w+,image,\w+,fr,,,,,$/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.find((r) => r.includes('valentinesDay'))).toMatch(/,1,valentinesDay,/);
    const july = planCalendar(input({ period: { from: '2027-07-05', to: '2027-07-11' }, platforms: ['instagram'] }));
    expect(planToCsv(july).split('\r\n')[1]).toContain(',2027-07-05T09:00:00+02:00,09:00,');
    expect(planToCsv(planned, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('property: random posts (delimiters, quotes, CR and LF, emoji, lone surrogates in text) come back equal', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.stringMatching(/^[,;\t"\r\n é🥐a]{0,80}$/u));
    const row = fc.record({
      text,
      pillar: fc.stringMatching(/^[a-z,;" ]{1,12}$/),
      minutes: fc.integer({ min: 0, max: 500_000 }),
      status: fc.constantFrom<PostStatus>('draft', 'inReview', 'approved', 'scheduled', 'published', 'failed'),
      observanceId: fc.option(fc.stringMatching(/^[a-zA-Z:;,"]{1,20}$/), { nil: null }),
      priority: fc.integer({ min: 0, max: 1000 }),
      callToAction: fc.option(fc.stringMatching(/^[A-Za-z!,;"]{1,20}$/), { nil: undefined }),
      links: fc.array(fc.constantFrom('https://boulangerie.fr/a?b=1,2;3', 'http://example.org/'), { maxLength: 2 }),
      alt: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), fc.boolean(), (rows, delimiter, bom) => {
        const posts: PlannedPostInput[] = rows.map((r, i) => {
          const at = new Date(Date.parse('2027-01-01T00:00:00Z') + r.minutes * 60_000);
          const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
          return post(`id ${i}, "${r.pillar}"`, at.toISOString(), local, {
            text: r.text,
            pillar: r.pillar,
            status: r.status,
            observanceId: r.observanceId,
            priority: r.priority,
            ...(r.callToAction === undefined ? {} : { callToAction: r.callToAction }),
            links: r.links,
            media: r.alt === undefined ? [] : [{ kind: 'image', altText: r.alt }, { kind: 'video' }],
            history: r.note === undefined ? [] : [{ action: 'submit', from: 'draft', to: 'inReview', actor: 'claire; "cm"', at: at.toISOString(), note: r.note }],
          });
        });
        const p = PlanSchemaParse(plan(posts, { timeZone: 'America/New_York', period: { from: '2027-01-01', to: '2027-12-31' } }));
        expect(planFromCsv(planToCsv(p, { delimiter, bom }))).toEqual(p.posts);
      }),
      { numRuns: 150 },
    );
  });

  it('reads files edited in a spreadsheet: columns in any order, LF or CR line ends, blank lines, a final row without newline', () => {
    const csv = 'text;language;objectiveType;format;pillar;localTime;at;platform;id\n"Ligne 1\r\nLigne 2";fr;engagement;image;savoirFaire;09:00;2027-01-06T09:00:00+01:00;instagram;p1\n\n' +
      'b;fr;engagement;image;offres;10:00;2027-01-06T09:00:00Z;x;p2\r"";fr;engagement;text;offres;11:00;2027-01-07T11:00:00Z;x;p3';
    const posts = planFromCsv(csv);
    expect(posts.map((p) => [p.id, p.text, p.status, p.priority, p.observanceId, p.history])).toEqual([
      ['p1', 'Ligne 1\r\nLigne 2', 'draft', 0, null, []],
      ['p2', 'b', 'draft', 0, null, []],
      ['p3', '', 'draft', 0, null, []],
    ]);
    expect(planFromCsv('id,platform,at,localTime,pillar,format,objectiveType,language,text\r\n')).toEqual([]);
    expect(planFromCsv('id,platform,at,localTime,pillar,format,objectiveType,language,text,\r\np,x,2027-01-06T09:00:00Z,09:00,a,text,engagement,fr,a,'.replace(/,\r\n/, '\r\n').replace(/,$/, ''))).toHaveLength(1);
  });

  const header = 'id,platform,at,localTime,pillar,format,objectiveType,language,text,priority,media';
  const good = 'p1,instagram,2027-01-06T09:00:00+01:00,09:00,savoirFaire,image,engagement,fr,Bonjour,0,';
  const cases: [string, string, string, (string | number)[]][] = [
    ['a bad value (the field\u2019s line and column)', `${header}\r\n${good}\r\n${good.replace('p1,instagram', 'p2,myspace')}`, 'Line 3, column 2 (platform)', [3, 'platform']],
    ['a field after a multi-line quoted field', `${header}\r\n"p\r\n1",instagram,2027-01-06T09:00:00+01:00,09:00,savoirFaire,image,engagement,fr,Bonjour,x,`, 'Line 3, column 10 (priority)', [3, 'priority']],
    ['a localTime that is not the time of at', `${header}\r\n${good.replace(',09:00,', ',10:00,')}`, 'Line 2, column 4 (localTime)', [2, 'localTime']],
    ['bad JSON in media', `${header}\r\n${good}[{`, 'Line 2, column 11 (media)', [2, 'media']],
    ['a repeated id', `${header}\r\n${good}\r\n${good}`, 'Line 3, column 1 (id)', [3, 'id']],
    ['too few fields', `${header}\r\np1,instagram`, 'Line 2, column 3 (at)', [2, 'at']],
    ['too many fields', `${header}\r\n${good},extra`, 'Line 2, column 12', [2, 12]],
    ['an unknown column', `${header},colour\r\n${good},red`, 'Line 1, column 12', [1, 12]],
    ['a repeated column', `${header},text\r\n${good},x`, 'Line 1, column 12 (text)', [1, 'text']],
    ['a missing column', 'id,platform\r\np1,instagram', "Line 1, column 3 (at): the header lacks the column 'at'", [1, 'at']],
    ['no delimiter in the header', 'id\r\np1', 'Line 1, column 1', [1, 1]],
    ['an unterminated quote', `${header}\r\n${good.replace('Bonjour', '"Bonjour')}`, 'Line 2, column 9: a quoted field has no closing quote', [2, 9]],
    ['a quote inside an unquoted field', `${header}\r\n${good.replace('Bonjour', 'Bon"jour')}`, 'Line 2, column 9: a double quote inside an unquoted field', [2, 9]],
    ['text after a closing quote', `${header}\r\n${good.replace('Bonjour', '"Bon"jour')}`, 'Line 2, column 9: text after the closing quote', [2, 9]],
  ];
  for (const [name, csv, message, path] of cases) {
    it(`names the line and column of ${name}`, () => {
      const error = errorOf(() => planFromCsv(csv));
      expect(error.message.startsWith(message)).toBe(true);
      expect(error.path).toEqual(path);
    });
  }

  it('refuses what is not text, and bad options', () => {
    expect(errorOf(() => planFromCsv(42 as unknown as string)).path).toEqual(['text']);
    expect(errorOf(() => planToCsv(planned, { delimiter: '|' as ',' })).path).toEqual(['options', 'delimiter']);
    expect(errorOf(() => planToCsv(planned, { bom: 'yes' as unknown as boolean })).path).toEqual(['options', 'bom']);
    expect(errorOf(() => planToCsv(planned, [] as never)).path).toEqual(['options']);
  });

  // Work is counted (characters read, sliced and scanned: test/support/work.ts), not timed, so a
  // loaded machine cannot fail it; npm run bench times planFromCsv.
  it('reads 1 MB in linear work (no backtracking): ten times the text, about ten times the work', async () => {
    const rowsFor = (n: number) => {
      const lines = [header];
      for (let i = 0; i < n; i += 1) lines.push(good.replace('p1', `p${i}`).replace('Bonjour', `"${'a,"";\r\n'.repeat(3)}"`));
      return lines.join('\r\n');
    };
    const small = rowsFor(300);
    const big = rowsFor(3000);
    expect(big.length).toBeGreaterThan(300_000);
    const smallWork = await countWork(() => planFromCsv(small));
    const bigWork = await countWork(() => planFromCsv(big));
    expect(smallWork).toBeGreaterThan(small.length);
    expect(bigWork / smallWork).toBeGreaterThan(8);
    expect(bigWork / smallWork).toBeLessThan(12);
    // An unterminated quoted field of 1 MB of doubled quotes: refused, with work linear in its length.
    const quotes = (n: number) => `${header}\r\n"${'"'.repeat(2).repeat(n)}`;
    const work = async (text: string) =>
      countWork(() => {
        expect(() => planFromCsv(text)).toThrow();
      });
    const tenth = await work(quotes(50_000));
    const mb = await work(quotes(500_000));
    expect(quotes(500_000).length).toBeGreaterThan(1_000_000);
    expect(mb / tenth).toBeGreaterThan(8);
    expect(mb / tenth).toBeLessThan(12);
  });
});
