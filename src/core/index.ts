/**
 * The foundation every socialkit module stands on: exact money, currencies,
 * ratios, errors, local time in time zones and buckets, findings, the platform
 * registry, schemas and JSON Schema export. (The argument guards are private:
 * `internal.ts`.)
 *
 * @module core
 */
export { allocateMoney, type AllocateMoneyOptions } from './allocate-money.js';
export {
  CURRENCY_SOURCE,
  currencies,
  currencyCode,
  isCurrencyCode,
  minorUnit,
  sameCurrency,
  withdrawnCurrencies,
  type CurrencyCode,
  type CurrencyOptions,
  type KnownCurrencyCode,
} from './currency.js';
export { Decimal, type MoneyInput } from './decimal.js';
export {
  CurrencyMismatchError,
  InfeasibleError,
  SocialKitError,
  TransitionError,
  ValidationError,
  type ErrorCode,
  type IssueCode,
  type Path,
  type PathInput,
  type SocialKitErrorOptions,
  type ValidationIssue,
} from './errors.js';
export { ISSUE_CODES } from './issue-codes.js';
export { FindingSchema, SeveritySchema, type Finding, type FindingInput, type Severity } from './finding.js';
export { formatMoney, formatPercent, type FormatMoneyOptions, type FormatPercentOptions } from './format.js';
export { toJsonSchema, type ToJsonSchemaOptions } from './json-schema.js';
export { DECIMAL_STRING_PATTERN, isMoneyInput, money, MONEY_EXPONENT_RANGE, type MoneyOptions } from './money.js';
export { OBJECTIVE_TYPES, ObjectiveTypeSchema, type ObjectiveType } from './objective-type.js';
export { OBSERVANCE_CATEGORIES, ObservanceCategorySchema, type ObservanceCategory } from './observance-category.js';
export { POST_FORMATS, PostFormatSchema, type PostFormat } from './post-format.js';
export { isPlatformId, PLATFORM_IDS, type PlatformId } from './platform-id.js';
export {
  getPlatform,
  platforms,
  TEXT_METHODS,
  tiktokCreatorOverrides,
  type Fact,
  type FactOverride,
  type Platform,
  type PlatformFieldRules,
  type PlatformMediaRules,
  PlatformOverridesSchema,
  type PlatformOverrides,
  type PlatformTextRules,
  type PixelSize,
  type PlatformProfileRules,
  type ProfileImageCrop,
  type ProfileImageRules,
  type ProfileOverrides,
  type ProfileTextRules,
  type UsernameRules,
  type TextMethod,
  type TikTokCreatorInfo,
  type WeightedCountConfig,
  type WeightedRange,
} from './platforms.js';
export { ratio, type Ratio } from './ratio.js';
export { roundMoney, type RoundMoneyOptions } from './round-money.js';
export { sumMoney } from './sum-money.js';
export {
  CurrencySchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
  MoneySchema,
  PlatformIdSchema,
  TimeZoneSchema,
  WeekdaySchema,
} from './schemas.js';
export { createTimeBucketer, type TimeBucketer } from './time-bucketer.js';
export { type InstantInput, type InstantRange } from './instant.js';
export { WEEKDAYS, type LocalDate, type LocalDateRange, type LocalTime, type Weekday } from './local-date.js';
export { fromLocal, isoWeekKey, monthKey, toLocalDate, toLocalTime, utcOffsetMinutes, weekdayOf, zoneOffsetMinutes } from './local-time.js';
export { isValidTimeZone } from './time-zone.js';
export { parseFinding } from './finding.js';
