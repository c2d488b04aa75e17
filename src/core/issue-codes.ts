/**
 * Every code a {@link ValidationIssue} can carry, with what it means. The
 * single table `docs/errors.md` is generated from (`npm run docs:errors`);
 * {@link IssueCode} is its keys. zod's own codes never reach a caller: the
 * schema boundary maps them onto these (see `zod-error.ts`).
 *
 * @module
 */

/**
 * Each issue code with one sentence on what it means, in the order of
 * `docs/errors.md` (which is generated from this table).
 *
 * @example
 * ISSUE_CODES.unknownKey.startsWith('An options object has a key'); // true
 */
export const ISSUE_CODES = Object.freeze({
  // Shapes and types.
  invalidType: 'A value of the wrong type: an object, an array, a string, a boolean… was expected (also zod `invalid_type`).',
  unknownKey: 'An options object has a key the function does not take; the message suggests the nearest allowed key (also zod `unrecognized_keys`).',
  missingField: 'A required field is absent; the message names a similar key when the input has one (a typo).',
  required: 'A required argument or field is absent.',
  invalidValue: 'A value that is not one of the accepted values, or fails a rule of its schema (zod `invalid_value`, `invalid_union`, `custom` without a code of its own).',
  invalidOption: 'An option value that is not one of the listed literals.',
  empty: 'A list or a text that must not be empty is.',
  duplicate: 'A value that must be unique appears twice.',
  // Numbers.
  notANumber: 'Not a number (or NaN, or a type money cannot be).',
  notFinite: 'Infinity, or a decimal string too large to represent.',
  negative: 'Below zero where that is impossible.',
  notInteger: 'Not a whole number, or above `Number.MAX_SAFE_INTEGER`.',
  outOfRange: 'Outside the allowed bounds (also zod `too_small`, `too_big`, `not_multiple_of`).',
  tooSmall: 'Too small for what it measures (a sample, a window).',
  tooMany: 'More items than the function accepts.',
  insufficientSeries: 'A series too short for the statistic asked (a forecast needs at least two points).',
  invalidThresholds: 'Thresholds out of order or outside their range.',
  ambiguousDenominator: 'A formula got more than one denominator where exactly one must be named.',
  ambiguousInput: 'An input that could mean two things (two equivalent fields both given).',
  missingWeight: 'A weight is missing where every item needs one.',
  missingWeighting: 'A weighting rule is missing where the method needs one.',
  targetEqualsBaseline: 'A goal whose target equals its baseline: there is no progress to measure.',
  // Money and currencies.
  invalidFormat: 'A malformed string: a decimal amount with a comma or spaces, a pattern that does not match (also zod `invalid_format`).',
  tooPrecise: 'An amount has more decimals than its currency\'s minor unit.',
  invalidCurrency: 'Not a known ISO 4217 currency code (hint for lower case).',
  invalidLocale: 'Not a BCP 47 language tag.',
  // Time.
  invalidTimeZone: 'Not an IANA time zone this runtime knows, or an offset string such as `+03:00`.',
  legacyTimeZone: 'A legacy abbreviation zone (`EST`, `CET`, `PST8PDT`…), a fixed offset or a rule that is not a place: the message names the location zone to use (`America/New_York`).',
  missingTimeZone: 'A time zone is needed and none was given.',
  invalidDate: 'An invalid `Date`, a malformed or impossible date, or an ISO string without an offset.',
  invalidAt: 'An instant that does not fit its context (outside the plan, before its start).',
  invalidYear: 'A year outside 1 to 9999.',
  invalidRange: 'A range whose `to` is before its `from`.',
  rangeTooLarge: 'A range longer than the function accepts.',
  rangeTooLong: 'A range of local dates longer than the function accepts.',
  invalidTime: 'Not `HH:mm` from `00:00` to `23:59`.',
  invalidWeekday: 'Not one of `mon` … `sun`.',
  invalidSeason: 'A seasonal profile that does not cover the period or does not sum to 1.',
  tooManyInstants: 'A pattern expands to more instants than the limit.',
  missingStart: 'A pattern with `count` or `interval` needs a `start`.',
  missingSlots: 'A platform with a posting frequency has no slots and no audience windows.',
  missingPause: 'A freeze to resume did not pause the post.',
  // Registry, platforms, ids.
  invalidPlatform: 'Not a known platform id (hint: `twitter` is `x`).',
  invalidMethod: 'Not a text counting method.',
  incomplete: 'A new registry section given without all its required facts.',
  invalidId: 'An id that is not camelCase.',
  duplicateId: 'Two items share an id.',
  duplicatePlatform: 'A platform listed twice.',
  duplicatePersona: 'A persona listed twice.',
  duplicateKpi: 'A KPI listed twice.',
  invalidKpi: 'Not a known KPI name.',
  invalidObjectiveType: 'Not an objective type.',
  invalidCountry: 'Not an ISO 3166-1 alpha-2 country code in capitals (`GB`, not `UK`).',
  invalidCountries: 'A country list that mixes `*` (worldwide) with countries or repeats one.',
  invalidDimension: 'A grouping dimension that is not a field name, `platform` or a time bucket.',
  invalidKind: 'A kind that is not one of the listed ones.',
  invalidRole: 'A pillar role that is not one of the content roles.',
  invalidPreset: 'Not a mix preset.',
  invalidCurve: 'A response curve whose parameters are out of range.',
  invalidFinding: 'A finding from a caller rule that does not fit `FindingSchema`.',
  invalidReason: 'A reason that is empty or too long.',
  invalidEntries: 'An entries list that is not an array of observances.',
  invalidHolidays: 'Not a `date-holidays` instance.',
  holidaysFailed: 'The `date-holidays` instance threw.',
  invalidCustomRule: 'A custom observance rule that is not a function.',
  customRuleFailed: 'A custom observance rule threw or returned something other than a date.',
  cyclicObservance: 'Observances defined relative to each other in a cycle.',
  unknownObservance: 'An observance id the table does not hold.',
  unknownPersona: 'A persona id no persona has.',
  unknownPost: 'A post id the plan does not hold.',
  unknownFreeze: 'A freeze id the plan does not hold.',
  tooManyPosts: 'A plan asked for more posts than the limit.',
  tooManySlots: 'Slot patterns that would give more than 500,000 candidate slots over the period (the count is in the message).',
  ruleFailed: 'A caller rule threw.',
  // Texts, URLs, files.
  malformedText: 'A string with a lone surrogate (not well-formed UTF-16).',
  missingLanguage: 'A text check needs a language and none was given.',
  invalidUrl: 'Not an absolute http(s) URL.',
  unsupportedProtocol: 'A URL whose protocol is not http or https.',
  incompleteUtm: 'UTM parameters without `utm_source`.',
  ambiguousUtm: 'A UTM parameter given twice in a URL.',
  unknownUtmParameter: 'A `utm_` parameter that is not one Google Analytics 4 reads.',
  credentialsInUrl: 'A URL meant for public posting that carries a user name or password.',
  urlTooLong: 'A URL longer than 2,048 characters, which browsers, platforms and analytics tools may cut.',
  tooLong: 'A text longer than its limit.',
  termTooLong: 'A forbidden term or brand spelling longer than 200 characters (a word or a phrase is expected).',
  invalidRRule: 'An iCalendar RRULE that does not parse.',
  unsupportedRRule: 'An RRULE part socialkit does not read (named in the message).',
  ambiguousMonthly: 'A monthly RRULE with both BYMONTHDAY and BYDAY.',
  invalidUidDomain: 'A UID domain that is not a host name.',
  invalidCsv: 'A CSV text that does not parse (a quote left open, a missing column).',
  invalidDelimiter: 'A CSV delimiter that is not one character other than a quote or a line break.',
  // Crisis: mention series, SCCT, statements.
  seriesTooShort: 'A mention series too short for the detection method (its baseline needs more buckets).',
  seriesTooLong: 'A mention series longer than the detector accepts.',
  notIncreasing: 'Series points whose instants do not strictly increase.',
  irregularSeries: 'Series buckets of different sizes (1-day buckets are local midnights; others regular in absolute time).',
  bucketOutOfRange: 'A bucket size outside 5 minutes to 1 day.',
  gapInSeries: 'A missing bucket in a series (named in the message); `fill` can fill it.',
  negativeAboveCount: 'A bucket with more negative mentions than mentions.',
  noNegativeCounts: 'A sentiment dip detection on a series without `negative` counts.',
  notForMethod: 'An option of another detection method (`lambda` with `zscore`).',
  unknownCrisisType: 'A crisis type id that SCCT does not name.',
  unknownStrategy: 'A response strategy id that SCCT does not name.',
  unknownSignal: 'A severity signal that `assessSeverity` does not read.',
  missingPlaceholder: 'A statement template placeholder without a fact to fill it.',
  speculation: 'A statement that speculates (a phrase of the speculation rule list).',
  blame: 'A statement that blames (a phrase of the blame rule list).',
  outcomeMismatch: 'Response curves whose outcomes differ (revenue and conversions), or a target that does not fit their outcome (a ROAS target on conversion curves, a CPA target on revenue curves).',
  // SQL.
  invalidIdentifier: 'A table or column name that is not an SQL identifier (a letter or `_`, then up to 62 letters, digits or `_`): socialkit quotes identifiers and never interpolates anything else.',
  mixedCurrencies: 'An SQL summary row whose money totals sum more than one currency (its `currencies` count is above 1).',
} as const satisfies Readonly<Record<string, string>>);

/**
 * The code of a {@link ValidationIssue}: what kind of problem it is, stable
 * across releases. `docs/errors.md` explains each.
 */
export type IssueCode = keyof typeof ISSUE_CODES;
