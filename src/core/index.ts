/**
 * The foundation every socialkit module stands on: exact money, currencies,
 * ratios, errors, guards, time zones and buckets, findings, the platform
 * registry and JSON Schema export.
 *
 * @module core
 */
export { allocateMoney, type AllocateMoneyOptions } from './allocate-money.js';
export { arrayArgument, booleanArgument, objectArgument, pathArgument } from './argument-guards.js';
export { count } from './count.js';
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
export { describeValue } from './describe-value.js';
export {
  CurrencyMismatchError,
  formatPath,
  InfeasibleError,
  invalid,
  SocialKitError,
  toPath,
  TransitionError,
  ValidationError,
  type ErrorCode,
  type Path,
  type PathInput,
  type SocialKitErrorOptions,
  type ValidationIssue,
} from './errors.js';
export { FindingSchema, SeveritySchema, type Finding, type FindingInput, type Severity } from './finding.js';
export { finiteNumber, fraction, type FiniteNumberOptions } from './finite-number.js';
export { formatMoney, formatPercent, type FormatMoneyOptions, type FormatPercentOptions } from './format.js';
export { toJsonSchema, type ToJsonSchemaOptions } from './json-schema.js';
export { DECIMAL_STRING_PATTERN, isMoneyInput, money, MONEY_EXPONENT_RANGE, type MoneyOptions } from './money.js';
export { OBJECTIVE_TYPES, ObjectiveTypeSchema, type ObjectiveType } from './objective-type.js';
export { OBSERVANCE_CATEGORIES, ObservanceCategorySchema, type ObservanceCategory } from './observance-category.js';
export { POST_FORMATS, PostFormatSchema, type PostFormat } from './post-format.js';
export { isPlatformId, PLATFORM_IDS, platformId, type PlatformId } from './platform-id.js';
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
  type PlatformOverrides,
  type PlatformTextRules,
  type TextMethod,
  type TikTokCreatorInfo,
  type WeightedCountConfig,
  type WeightedRange,
} from './platforms.js';
export { ratio, type Ratio } from './ratio.js';
export { readOptions } from './read-options.js';
export { roundMoney } from './round-money.js';
export { addExactly, sumMoney } from './sum-money.js';
export {
  CurrencySchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
  MoneySchema,
  PlatformIdSchema,
  scalarKinds,
  TimeZoneSchema,
  WeekdaySchema,
} from './schemas.js';
export {
  createTimeBucketer,
  fromLocal,
  instant,
  instantRange,
  isoWeekKey,
  isValidTimeZone,
  localDate,
  localDateRange,
  localTime,
  monthKey,
  timeZone,
  toLocalDate,
  toLocalTime,
  utcOffsetMinutes,
  wallToInstant,
  zoneOffsetMinutes,
  weekday,
  weekdayOf,
  WEEKDAYS,
  type InstantInput,
  type InstantRange,
  type LocalDate,
  type LocalDateRange,
  type LocalTime,
  type TimeBucketer,
  type Weekday,
} from './time.js';
export { parseWithSchema, validationErrorFromZod } from './zod-error.js';
