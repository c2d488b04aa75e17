import * as z from 'zod';

/**
 * The categories of observances (*marronniers*), in a stable order:
 * `'commercial'` (sales, Black Friday, Mother's Day), `'awareness'` (UN
 * days, Movember), `'holiday'` (a public holiday brands plan around),
 * `'cultural'`, `'sport'`, `'religious'`, `'civic'` (clock changes, school
 * holidays: dates that change when an audience is reachable) and
 * `'platform'` (days of the trade, such as World Social Media Day or
 * Community Manager Appreciation Day). In core because
 * the editorial line (`categoryPillars`) and the calendar both name them.
 *
 * @example
 * OBSERVANCE_CATEGORIES[0]; // 'commercial'
 */
export const OBSERVANCE_CATEGORIES = Object.freeze(['commercial', 'awareness', 'holiday', 'cultural', 'sport', 'religious', 'civic', 'platform'] as const);

/**
 * What kind of day an observance is (see {@link OBSERVANCE_CATEGORIES}).
 *
 * @example
 * ObservanceCategorySchema.parse('awareness'); // 'awareness'
 */
export const ObservanceCategorySchema = z.enum(OBSERVANCE_CATEGORIES);

/** An observance category: `'commercial' | 'awareness' | 'holiday' | 'cultural' | 'sport' | 'religious' | 'civic' | 'platform'`. */
export type ObservanceCategory = (typeof OBSERVANCE_CATEGORIES)[number];
