import { frenchMothersDay } from './french-mothers-day.js';
import { frenchSalesPeriod } from './french-sales.js';
import type { ObservanceCategory } from '../core/index.js';
import type { Observance, ObservanceRule } from './observance.js';

/** The date every entry below was last checked against its source. */
const AS_OF = '2026-11-23';

const UN_DAYS = 'https://www.un.org/en/observances/list-days-weeks';
const FR_HOLIDAYS = 'https://www.service-public.fr/particuliers/vosdroits/F2405';
const US_HOLIDAYS = 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/';
const GB_HOLIDAYS = 'https://www.gov.uk/bank-holidays';
const RENTREE = 'https://www.education.gouv.fr/calendrier-scolaire-100148';
const LUNAR_NEW_YEAR = 'https://en.wikipedia.org/wiki/Chinese_New_Year';
const SALES = 'https://www.economie.gouv.fr/dgccrf/Publications/Vie-pratique/Fiches-pratiques/Soldes';
const FR_GB_US = ['FR', 'GB', 'US'];
const EU = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

const fixed = (month: number, day: number): ObservanceRule => ({ kind: 'fixed', month, day });
const nth = (month: number, n: number, weekday: Weekday): ObservanceRule => ({ kind: 'nthWeekday', month, nth: n, weekday });
const month = (m: number): ObservanceRule => ({ kind: 'month', month: m });
const easter = (offsetDays: number): ObservanceRule => ({ kind: 'easter', offsetDays });
const relative = (to: string, offsetDays: number): ObservanceRule => ({ kind: 'relative', to, offsetDays });

interface Extra {
  durationDays?: number;
  note?: string;
}

function entry(
  id: string,
  fr: string,
  en: string,
  countries: readonly string[],
  category: ObservanceCategory,
  rule: ObservanceRule,
  source: string,
  extra: Extra = {},
): Observance {
  return { id, names: { fr, en }, countries: [...countries], category, rule, source, asOf: AS_OF, ...extra };
}

// A worldwide day (the UN's and its agencies'): countries ['*'].
function worldDay(id: string, fr: string, en: string, m: number, d: number, category: ObservanceCategory = 'awareness', source = UN_DAYS): Observance {
  return entry(id, fr, en, ['*'], category, fixed(m, d), source);
}

const data: Observance[] = [
  // January
  entry('newYearsDay', 'Nouvel An', "New Year's Day", FR_GB_US, 'holiday', fixed(1, 1), FR_HOLIDAYS),
  entry('epiphany', 'Épiphanie (galette des rois)', 'Epiphany', ['FR'], 'religious', fixed(1, 6), 'https://fr.wikipedia.org/wiki/%C3%89piphanie', {
    note: 'The feast is on 6 January; the Catholic Church in France celebrates it on the Sunday between 2 and 8 January, and galettes sell all month.',
  }),
  entry('dryJanuary', 'Dry January (défi de janvier)', 'Dry January', FR_GB_US, 'awareness', month(1), 'https://alcoholchange.org.uk/help-and-support/managing-your-drinking/dry-january'),
  entry('martinLutherKingDay', 'Martin Luther King Day', 'Martin Luther King Jr. Day', ['US'], 'holiday', nth(1, 3, 'mon'), US_HOLIDAYS),
  entry('burnsNight', 'Burns Night', 'Burns Night', ['GB'], 'cultural', fixed(1, 25), 'https://en.wikipedia.org/wiki/Burns_supper'),
  entry('frenchWinterSales', "Soldes d'hiver", 'French winter sales', ['FR'], 'commercial', {
    kind: 'custom',
    rule: "Second Wednesday of January, or the first when the second falls after the 12th; four weeks (Code de commerce, art. D310-15-2); from 2020",
    dates: (year) => frenchSalesPeriod(year, { season: 'winter' }),
  }, SALES, { note: 'National dates; some départements have their own.' }),
  // February
  entry('chandeleur', 'Chandeleur', 'Candlemas (Chandeleur)', ['FR'], 'cultural', fixed(2, 2), 'https://fr.wikipedia.org/wiki/Chandeleur'),
  entry('blackHistoryMonthUs', 'Black History Month (États-Unis)', 'Black History Month (US)', ['US'], 'awareness', month(2), 'https://en.wikipedia.org/wiki/Black_History_Month'),
  entry('lunarNewYear', 'Nouvel An lunaire', 'Lunar New Year', ['CN', 'FR', 'GB', 'US'], 'cultural', {
    kind: 'table',
    dates: [
      { date: '2025-01-29', source: LUNAR_NEW_YEAR },
      { date: '2026-02-17', source: LUNAR_NEW_YEAR },
      { date: '2027-02-06', source: LUNAR_NEW_YEAR },
      { date: '2028-01-26', source: LUNAR_NEW_YEAR },
    ],
  }, LUNAR_NEW_YEAR),
  entry('valentinesDay', 'Saint-Valentin', "Valentine's Day", FR_GB_US, 'commercial', fixed(2, 14), 'https://en.wikipedia.org/wiki/Valentine%27s_Day'),
  entry('presidentsDay', 'Presidents’ Day', "Washington's Birthday (Presidents' Day)", ['US'], 'holiday', nth(2, 3, 'mon'), US_HOLIDAYS),
  entry('mardiGras', 'Mardi gras', 'Shrove Tuesday (Mardi Gras, Pancake Day)', FR_GB_US, 'cultural', easter(-47), 'https://en.wikipedia.org/wiki/Shrove_Tuesday'),
  // March
  entry('stDavidsDay', 'Saint David (pays de Galles)', "St David's Day", ['GB'], 'cultural', fixed(3, 1), 'https://en.wikipedia.org/wiki/Saint_David%27s_Day'),
  entry('grandmothersDayFr', 'Fête des grands-mères', "Grandmothers' Day (France)", ['FR'], 'commercial', nth(3, 1, 'sun'), 'https://fr.wikipedia.org/wiki/F%C3%AAte_des_grands-m%C3%A8res'),
  entry('mothersDayGb', 'Fête des mères (Royaume-Uni)', "Mother's Day (Mothering Sunday, UK)", ['GB'], 'commercial', easter(-21), 'https://en.wikipedia.org/wiki/Mothering_Sunday', {
    note: 'The fourth Sunday of Lent: three weeks before Easter Sunday.',
  }),
  entry('stPatricksDay', 'Saint-Patrick', "St Patrick's Day", ['GB', 'IE', 'US'], 'cultural', fixed(3, 17), 'https://en.wikipedia.org/wiki/Saint_Patrick%27s_Day'),
  // April
  entry('aprilFools', "Poisson d'avril", "April Fools' Day", FR_GB_US, 'cultural', fixed(4, 1), 'https://fr.wikipedia.org/wiki/Poisson_d%27avril'),
  entry('easterSunday', 'Pâques', 'Easter Sunday', FR_GB_US, 'religious', easter(0), 'https://en.wikipedia.org/wiki/Date_of_Easter'),
  entry('stGeorgesDay', 'Saint-Georges (Angleterre)', "St George's Day", ['GB'], 'cultural', fixed(4, 23), 'https://en.wikipedia.org/wiki/Saint_George%27s_Day'),
  // May
  entry('labourDay', 'Fête du travail', 'Labour Day (1 May)', ['BE', 'DE', 'ES', 'FR', 'IT'], 'holiday', fixed(5, 1), FR_HOLIDAYS),
  entry('starWarsDay', 'Star Wars Day (May the 4th)', 'Star Wars Day (May the 4th)', FR_GB_US, 'cultural', fixed(5, 4), 'https://en.wikipedia.org/wiki/Star_Wars_Day'),
  entry('cincoDeMayo', 'Cinco de Mayo', 'Cinco de Mayo', ['US'], 'cultural', fixed(5, 5), 'https://en.wikipedia.org/wiki/Cinco_de_Mayo'),
  entry('victoryInEuropeDay', 'Victoire 1945 (8 mai)', 'Victory in Europe Day', ['FR'], 'holiday', fixed(5, 8), FR_HOLIDAYS),
  entry('europeDay', "Journée de l'Europe", 'Europe Day', EU, 'cultural', fixed(5, 9), 'https://european-union.europa.eu/principles-countries-history/symbols/europe-day_en'),
  entry('mothersDayUs', 'Fête des mères (États-Unis)', "Mother's Day (US)", ['CA', 'US'], 'commercial', nth(5, 2, 'sun'), 'https://en.wikipedia.org/wiki/Mother%27s_Day_(United_States)'),
  entry('ascension', 'Ascension', 'Ascension Day', ['FR'], 'religious', easter(39), FR_HOLIDAYS),
  entry('pentecost', 'Pentecôte', 'Pentecost (Whit Sunday)', ['FR', 'GB'], 'religious', easter(49), 'https://en.wikipedia.org/wiki/Pentecost'),
  entry('memorialDay', 'Memorial Day', 'Memorial Day', ['US'], 'holiday', nth(5, -1, 'mon'), US_HOLIDAYS),
  entry('mothersDayFr', 'Fête des mères', "Mother's Day (France)", ['FR'], 'commercial', {
    kind: 'custom',
    rule: 'Last Sunday of May, or the first Sunday of June when the last Sunday of May is Pentecost (loi n° 50-577 du 24 mai 1950)',
    dates: (year) => ({ date: frenchMothersDay(year) }),
  }, 'https://fr.wikipedia.org/wiki/F%C3%AAte_des_M%C3%A8res'),
  // June
  entry('prideMonth', 'Mois des fiertés', 'Pride Month', FR_GB_US, 'awareness', month(6), 'https://en.wikipedia.org/wiki/Pride_Month'),
  entry('fathersDay', 'Fête des pères', "Father's Day", ['CA', 'FR', 'GB', 'US'], 'commercial', nth(6, 3, 'sun'), 'https://en.wikipedia.org/wiki/Father%27s_Day'),
  entry('juneteenth', 'Juneteenth', 'Juneteenth National Independence Day', ['US'], 'holiday', fixed(6, 19), US_HOLIDAYS),
  entry('feteDeLaMusique', 'Fête de la musique', 'Make Music Day (Fête de la Musique)', FR_GB_US, 'cultural', fixed(6, 21), 'https://fr.wikipedia.org/wiki/F%C3%AAte_de_la_musique'),
  entry('frenchSummerSales', "Soldes d'été", 'French summer sales', ['FR'], 'commercial', {
    kind: 'custom',
    rule: 'Last Wednesday of June, or the one before when the last falls after the 28th; four weeks (Code de commerce, art. D310-15-2); from 2020',
    dates: (year) => frenchSalesPeriod(year, { season: 'summer' }),
  }, SALES, { note: 'National dates; Corsica, the Alpes-Maritimes and some other départements have their own.' }),
  // July – August
  entry('independenceDayUs', "Fête de l'indépendance (États-Unis)", 'Independence Day (US)', ['US'], 'holiday', fixed(7, 4), US_HOLIDAYS),
  entry('bastilleDay', 'Fête nationale (14 Juillet)', 'Bastille Day', ['FR'], 'holiday', fixed(7, 14), FR_HOLIDAYS),
  entry('worldEmojiDay', "Journée mondiale de l'emoji", 'World Emoji Day', FR_GB_US, 'cultural', fixed(7, 17), 'https://worldemojiday.com/'),
  entry('assumption', 'Assomption', 'Assumption Day', ['FR'], 'religious', fixed(8, 15), FR_HOLIDAYS),
  // September
  entry('laborDayUs', 'Labor Day (États-Unis)', 'Labor Day (US)', ['US'], 'holiday', nth(9, 1, 'mon'), US_HOLIDAYS),
  entry('rentreeScolaire', 'Rentrée scolaire', 'Back to school (France)', ['FR'], 'commercial', {
    kind: 'table',
    dates: [
      { date: '2022-09-01', source: RENTREE },
      { date: '2023-09-04', source: RENTREE },
      { date: '2024-09-02', source: RENTREE },
      { date: '2025-09-01', source: RENTREE },
      { date: '2026-09-01', source: RENTREE },
    ],
  }, RENTREE, { note: 'The day pupils go back, fixed by ministerial order (arrêté) for each school year; add later years with an override when the order is published.' }),
  entry('heritageDays', 'Journées européennes du patrimoine', 'European Heritage Days (France)', ['FR'], 'cultural', nth(9, 3, 'sat'), 'https://journeesdupatrimoine.culture.gouv.fr/', {
    durationDays: 2,
    note: 'The third weekend of September.',
  }),
  // October
  entry('internationalCoffeeDay', 'Journée internationale du café', 'International Coffee Day', FR_GB_US, 'cultural', fixed(10, 1), 'https://en.wikipedia.org/wiki/International_Coffee_Day'),
  entry('grandfathersDayFr', 'Fête des grands-pères', "Grandfathers' Day (France)", ['FR'], 'commercial', nth(10, 1, 'sun'), 'https://fr.wikipedia.org/wiki/F%C3%AAte_des_grands-p%C3%A8res'),
  entry('pinkOctober', 'Octobre rose', 'Breast Cancer Awareness Month (Pink October)', FR_GB_US, 'awareness', month(10), 'https://fr.wikipedia.org/wiki/Octobre_rose'),
  entry('blackHistoryMonthGb', 'Black History Month (Royaume-Uni)', 'Black History Month (UK)', ['GB'], 'awareness', month(10), 'https://www.blackhistorymonth.org.uk/'),
  entry('halloween', 'Halloween', 'Halloween', FR_GB_US, 'cultural', fixed(10, 31), 'https://en.wikipedia.org/wiki/Halloween'),
  // November
  entry('allSaintsDay', 'Toussaint', "All Saints' Day", ['FR'], 'religious', fixed(11, 1), FR_HOLIDAYS),
  entry('movember', 'Movember', 'Movember', FR_GB_US, 'awareness', month(11), 'https://movember.com/'),
  entry('moisSansTabac', 'Mois sans tabac', 'Tobacco-free month (France)', ['FR'], 'awareness', month(11), 'https://mois-sans-tabac.tabac-info-service.fr/'),
  entry('guyFawkesNight', 'Guy Fawkes Night', 'Bonfire Night (Guy Fawkes Night)', ['GB'], 'cultural', fixed(11, 5), 'https://en.wikipedia.org/wiki/Guy_Fawkes_Night'),
  entry('armisticeDay', 'Armistice 1918 (11 novembre)', 'Armistice Day', ['FR'], 'holiday', fixed(11, 11), FR_HOLIDAYS),
  entry('veteransDay', 'Veterans Day', 'Veterans Day', ['US'], 'holiday', fixed(11, 11), US_HOLIDAYS),
  entry('remembranceSunday', 'Remembrance Sunday', 'Remembrance Sunday', ['GB'], 'cultural', nth(11, 2, 'sun'), 'https://en.wikipedia.org/wiki/Remembrance_Sunday'),
  entry('beaujolaisNouveau', 'Beaujolais nouveau', 'Beaujolais Nouveau Day', ['FR'], 'cultural', nth(11, 3, 'thu'), 'https://en.wikipedia.org/wiki/Beaujolais_nouveau'),
  entry('thanksgivingUs', 'Thanksgiving (États-Unis)', 'Thanksgiving (US)', ['US'], 'holiday', nth(11, 4, 'thu'), US_HOLIDAYS),
  entry('blackFriday', 'Black Friday', 'Black Friday', FR_GB_US, 'commercial', relative('thanksgivingUs', 1), 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)', {
    note: 'The day after US Thanksgiving.',
  }),
  entry('smallBusinessSaturdayUs', 'Small Business Saturday (États-Unis)', 'Small Business Saturday (US)', ['US'], 'commercial', relative('thanksgivingUs', 2), 'https://en.wikipedia.org/wiki/Small_Business_Saturday'),
  entry('cyberMonday', 'Cyber Monday', 'Cyber Monday', FR_GB_US, 'commercial', relative('thanksgivingUs', 4), 'https://en.wikipedia.org/wiki/Cyber_Monday'),
  entry('givingTuesday', 'Giving Tuesday', 'GivingTuesday', FR_GB_US, 'awareness', relative('thanksgivingUs', 5), 'https://www.givingtuesday.org/'),
  entry('stAndrewsDay', 'Saint-André (Écosse)', "St Andrew's Day", ['GB'], 'cultural', fixed(11, 30), 'https://en.wikipedia.org/wiki/St_Andrew%27s_Day'),
  // December
  entry('smallBusinessSaturdayGb', 'Small Business Saturday (Royaume-Uni)', 'Small Business Saturday (UK)', ['GB'], 'commercial', nth(12, 1, 'sat'), 'https://smallbusinesssaturdayuk.com/'),
  entry('saintNicholas', 'Saint-Nicolas', "St Nicholas' Day", ['BE', 'FR'], 'cultural', fixed(12, 6), 'https://fr.wikipedia.org/wiki/F%C3%AAte_de_Saint-Nicolas'),
  entry('christmasEve', 'Réveillon de Noël', 'Christmas Eve', FR_GB_US, 'cultural', fixed(12, 24), 'https://en.wikipedia.org/wiki/Christmas_Eve'),
  entry('christmas', 'Noël', 'Christmas Day', FR_GB_US, 'holiday', fixed(12, 25), FR_HOLIDAYS),
  entry('boxingDay', 'Boxing Day', 'Boxing Day', ['GB'], 'commercial', fixed(12, 26), GB_HOLIDAYS, { note: 'A bank holiday and the first day of the UK winter sales.' }),
  entry('newYearsEve', 'Saint-Sylvestre', "New Year's Eve", FR_GB_US, 'cultural', fixed(12, 31), 'https://en.wikipedia.org/wiki/New_Year%27s_Eve'),

  // Worldwide days (the UN's and its agencies', and a few others kept worldwide).
  worldDay('worldCancerDay', 'Journée mondiale contre le cancer', 'World Cancer Day', 2, 4, 'awareness', 'https://www.worldcancerday.org/'),
  worldDay('womenInScienceDay', 'Journée internationale des femmes et des filles de science', 'International Day of Women and Girls in Science', 2, 11),
  worldDay('worldRadioDay', 'Journée mondiale de la radio', 'World Radio Day', 2, 13, 'cultural'),
  worldDay('motherLanguageDay', 'Journée internationale de la langue maternelle', 'International Mother Language Day', 2, 21, 'cultural'),
  worldDay('worldWildlifeDay', 'Journée mondiale de la vie sauvage', 'World Wildlife Day', 3, 3),
  worldDay('internationalWomensDay', 'Journée internationale des droits des femmes', "International Women's Day", 3, 8),
  worldDay('internationalDayOfHappiness', 'Journée internationale du bonheur', 'International Day of Happiness', 3, 20),
  worldDay('internationalDayOfForests', 'Journée internationale des forêts', 'International Day of Forests', 3, 21),
  worldDay('worldWaterDay', "Journée mondiale de l'eau", 'World Water Day', 3, 22),
  worldDay('worldAutismAwarenessDay', "Journée mondiale de la sensibilisation à l'autisme", 'World Autism Awareness Day', 4, 2),
  worldDay('sportForDevelopmentDay', 'Journée internationale du sport au service du développement et de la paix', 'International Day of Sport for Development and Peace', 4, 6, 'sport'),
  worldDay('worldHealthDay', 'Journée mondiale de la santé', 'World Health Day', 4, 7),
  worldDay('earthDay', 'Jour de la Terre', 'Earth Day (International Mother Earth Day)', 4, 22),
  worldDay('worldBookDay', "Journée mondiale du livre et du droit d'auteur", 'World Book and Copyright Day', 4, 23, 'cultural'),
  worldDay('internationalJazzDay', 'Journée internationale du jazz', 'International Jazz Day', 4, 30, 'cultural'),
  worldDay('worldPressFreedomDay', 'Journée mondiale de la liberté de la presse', 'World Press Freedom Day', 5, 3),
  worldDay('internationalDayOfFamilies', 'Journée internationale des familles', 'International Day of Families', 5, 15),
  worldDay('worldBeeDay', 'Journée mondiale des abeilles', 'World Bee Day', 5, 20),
  worldDay('culturalDiversityDay', 'Journée mondiale de la diversité culturelle pour le dialogue et le développement', 'World Day for Cultural Diversity for Dialogue and Development', 5, 21, 'cultural'),
  worldDay('worldNoTobaccoDay', 'Journée mondiale sans tabac', 'World No Tobacco Day', 5, 31),
  worldDay('worldBicycleDay', 'Journée mondiale de la bicyclette', 'World Bicycle Day', 6, 3, 'sport'),
  worldDay('worldEnvironmentDay', "Journée mondiale de l'environnement", 'World Environment Day', 6, 5),
  worldDay('worldOceansDay', "Journée mondiale de l'océan", 'World Oceans Day', 6, 8),
  worldDay('worldRefugeeDay', 'Journée mondiale des réfugiés', 'World Refugee Day', 6, 20),
  worldDay('internationalYogaDay', 'Journée internationale du yoga', 'International Day of Yoga', 6, 21, 'sport'),
  worldDay('olympicDay', 'Journée olympique', 'Olympic Day', 6, 23, 'sport', 'https://www.olympics.com/ioc/olympic-day'),
  worldDay('internationalFriendshipDay', "Journée internationale de l'amitié", 'International Day of Friendship', 7, 30),
  worldDay('internationalYouthDay', 'Journée internationale de la jeunesse', 'International Youth Day', 8, 12),
  worldDay('worldHumanitarianDay', "Journée mondiale de l'aide humanitaire", 'World Humanitarian Day', 8, 19),
  worldDay('literacyDay', "Journée internationale de l'alphabétisation", 'International Literacy Day', 9, 8),
  worldDay('internationalDayOfPeace', 'Journée internationale de la paix', 'International Day of Peace', 9, 21),
  worldDay('worldTourismDay', 'Journée mondiale du tourisme', 'World Tourism Day', 9, 27),
  worldDay('olderPersonsDay', 'Journée internationale des personnes âgées', 'International Day of Older Persons', 10, 1),
  worldDay('worldTeachersDay', 'Journée mondiale des enseignants', "World Teachers' Day", 10, 5),
  worldDay('worldMentalHealthDay', 'Journée mondiale de la santé mentale', 'World Mental Health Day', 10, 10, 'awareness', 'https://www.who.int/campaigns/world-mental-health-day'),
  worldDay('dayOfTheGirl', 'Journée internationale des filles', 'International Day of the Girl Child', 10, 11),
  worldDay('worldFoodDay', "Journée mondiale de l'alimentation", 'World Food Day', 10, 16),
  worldDay('worldChildrensDay', "Journée internationale des droits de l'enfant", "World Children's Day", 11, 20),
  worldDay('endViolenceAgainstWomenDay', "Journée internationale pour l'élimination de la violence à l'égard des femmes", 'International Day for the Elimination of Violence against Women', 11, 25),
  worldDay('worldAidsDay', 'Journée mondiale de lutte contre le sida', 'World AIDS Day', 12, 1),
  worldDay('disabilityDay', 'Journée internationale des personnes handicapées', 'International Day of Persons with Disabilities', 12, 3),
  worldDay('volunteerDay', 'Journée internationale des volontaires', 'International Volunteer Day', 12, 5),
  worldDay('humanRightsDay', "Journée des droits de l'homme", 'Human Rights Day', 12, 10),
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The built-in dataset of *marronniers*: the seasonal, commercial, awareness
 * and cultural days brands plan around in France, the United Kingdom and the
 * United States, and the worldwide days of the UN and its agencies
 * (`countries: ['*']`). Each entry has its rule, names in French and
 * English, a category, a source URL and the date it was checked (`asOf`).
 * Public holidays beyond those brands plan around come from the
 * `date-holidays` library through `fromDateHolidays`, not from here.
 * {@link observances} reads this list; pass `entries` to it to replace or
 * add entries. Frozen.
 *
 * @example
 * marronniers.find((o) => o.id === 'blackFriday')?.rule; // { kind: 'relative', to: 'thanksgivingUs', offsetDays: 1 }
 */
export const marronniers: readonly Observance[] = deepFreeze(data);
