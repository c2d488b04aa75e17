import { frenchMothersDay } from './french-mothers-day.js';
import { frenchSalesPeriod } from './french-sales.js';
import { type ObservanceCategory } from '../core/index.js';
import { deepFreeze } from '../core/internal.js';
import type { Observance, ObservanceRule } from './observance.js';

/** The date every entry below was last checked against its source. */
const AS_OF = '2026-11-23';

const UN_DAYS = 'https://www.un.org/en/observances/list-days-weeks';
const FR_HOLIDAYS = 'https://www.service-public.fr/particuliers/vosdroits/F2405';
const US_HOLIDAYS = 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/';
const GB_HOLIDAYS = 'https://www.gov.uk/bank-holidays';
const RENTREE = 'https://www.education.gouv.fr/calendrier-scolaire-100148';
const LUNAR_NEW_YEAR = 'https://en.wikipedia.org/wiki/Chinese_New_Year';
const SALES = 'https://www.economie.gouv.fr/particuliers/dates-soldes';
const FR_GB_US = ['FR', 'GB', 'US'];
/** When the entries added or corrected in the 2026-12 review were checked against their sources. */
const AS_OF_CHECKED = '2026-12-03';
const FACTMONSTER_LNY = 'http://factmonster.com/id/A0192339';
const RAMADAN_INK = 'https://ramadan.ink/2030_ramadan_and_eid.html';
const ISLAMIC_CALENDAR = 'https://en.wikipedia.org/wiki/Islamic_calendar';
const HEBREW_CALENDAR = 'https://en.wikipedia.org/wiki/Hebrew_calendar';
const DIWALI = 'https://excelnotes.com/holiday/diwali';
const VOISINS = 'https://www.fetedesvoisins.fr/';
const EU_SUMMER_TIME = 'https://www.eumonitor.eu/9353000/1/j4nvhdfcs8bljza_j9vvik7m1c3gyxp/vi8rm2y90iy8';
const US_DST = 'https://www.worldtimezone.com/dst_news/dst_news_usa00.html';
const SCHOOL_2025 = 'https://www.professeurs-des-ecoles.com/?p=22945';
const SCHOOL_2025_A = 'https://www.macommune.info/quel-est-le-calendrier-des-vacances-scolaires-en-bourgogne-franche-comte-en-2024-copy/';
const SCHOOL_2025_B = 'https://ecoleprimairelesnondales-pornic.e-primo.fr/ecole/le-calendrier-scolaire';
const SCHOOL_2024_C = 'http://www.ecolemariedurand.fr/pages/ecoles.html';
const SCHOOL_2024_A = 'https://vacances-scolaires-jours-feries.fr/calendrier-vacances-zone-a/?mo=9&yr=2010';
const SCHOOL_2021 = 'https://www.cnews.fr/france/2021-10-12/quelles-sont-les-dates-des-vacances-de-la-toussaint-1137021';
const SCHOOL_NOTE =
  "From the last day of classes (the Saturday) to the day before classes resume. The ministry's calendar (education.gouv.fr) is the authority; the rows come from the pages that reproduce it, which are what was found (2021–2022 in part, 2024–2025 for zones A and C, 2025–2026 for all zones; the 2026–2027 calendar was not found). Corsica and the overseas academies have their own dates.";
const ISLAMIC_NOTE =
  "Dates of the Umm al-Qura calendar (Saudi Arabia), computed with ICU's islamic-umalqura calendar; a test checks each row against it. The day begins at sunset the evening before, and in France the date announced after the sighting of the moon (Grande Mosquée de Paris, CFCM) may be a day later or earlier.";
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

function entryChecked(
  id: string,
  fr: string,
  en: string,
  countries: readonly string[],
  category: ObservanceCategory,
  rule: ObservanceRule,
  source: string,
  extra: Extra = {},
): Observance {
  return { ...entry(id, fr, en, countries, category, rule, source, extra), asOf: AS_OF_CHECKED };
}

const rows = (source: string, dates: readonly (string | readonly [string, string])[]): { date: string; endDate?: string; source: string }[] =>
  dates.map((d) => (typeof d === 'string' ? { date: d, source } : { date: d[0], endDate: d[1], source }));

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
    rule: "Second Wednesday of January, or the first when the second falls after the 12th; four weeks (arrêté du 27 mai 2019, Code de commerce art. L310-3); from 2020; one-off orders in FRENCH_SALES_EXCEPTIONS first",
    dates: (year) => frenchSalesPeriod(year, { season: 'winter' }),
  }, SALES, { note: 'National dates; Meurthe-et-Moselle, Meuse, Moselle, Vosges and the overseas territories have their own. Winter 2021 ran 20 January – 2 March (orders of 29 December 2020 and 15 February 2021).' }),
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
      { date: '2029-02-13', source: FACTMONSTER_LNY },
      { date: '2030-02-03', source: FACTMONSTER_LNY },
    ],
  }, LUNAR_NEW_YEAR, {
    note: "The first day of the first month of the Chinese calendar (China Standard Time), as published (2029 and 2030 from Fact Monster's table). ICU's chinese calendar puts 2027 and 2030 a day off (7 February 2027, 2 February 2030), where the new moon falls near midnight in Beijing.",
  }),
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
    rule: 'Last Wednesday of June, or the one before when the last falls after the 28th; four weeks (arrêté du 27 mai 2019, Code de commerce art. L310-3); from 2020; one-off orders in FRENCH_SALES_EXCEPTIONS first',
    dates: (year) => frenchSalesPeriod(year, { season: 'summer' }),
  }, SALES, { note: 'National dates; Corsica and the overseas territories have their own (the list of economie.gouv.fr for 2023). Summer 2020, 2021 and 2023 were moved by one-off orders (FRENCH_SALES_EXCEPTIONS).' }),
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

  // Added by issue 14: the days a French community manager expects.
  entryChecked('communityManagerAppreciationDay', 'Journée des community managers (CMAD)', 'Community Manager Appreciation Day', ['*'], 'platform', nth(1, 4, 'mon'), 'https://usehall.com/guides/what-is-community-manager-appreciation-day', {
    note: 'The fourth Monday of January, since 2010 (Jeremiah Owyang); #CMAD.',
  }),
  entryChecked('francophonieDay', 'Journée internationale de la Francophonie', 'International Day of La Francophonie', ['*'], 'cultural', fixed(3, 20), 'https://fr.wikipedia.org/wiki/Journ%C3%A9e_internationale_de_la_francophonie'),
  entryChecked('clockChangeSpringEu', "Passage à l'heure d'été", 'Clocks go forward (EU, UK)', [...EU, 'GB'], 'civic', nth(3, -1, 'sun'), EU_SUMMER_TIME, {
    note: 'Directive 2000/84/EC, art. 2: at 01:00 UTC on the last Sunday of March; the UK keeps the same dates. Scheduled posts around 02:00–03:00 local time move.',
  }),
  entryChecked('clockChangeAutumnEu', "Passage à l'heure d'hiver", 'Clocks go back (EU, UK)', [...EU, 'GB'], 'civic', nth(10, -1, 'sun'), EU_SUMMER_TIME, {
    note: 'Directive 2000/84/EC, art. 3: at 01:00 UTC on the last Sunday of October; the UK keeps the same dates.',
  }),
  entryChecked('clockChangeSpringUs', "Passage à l'heure d'été (États-Unis)", 'Daylight saving time begins (US)', ['US'], 'civic', nth(3, 2, 'sun'), US_DST, {
    note: 'Energy Policy Act of 2005, sec. 110: the second Sunday of March at 02:00 local time, since 2007; not in Hawaii and most of Arizona.',
  }),
  entryChecked('clockChangeAutumnUs', "Passage à l'heure d'hiver (États-Unis)", 'Daylight saving time ends (US)', ['US'], 'civic', nth(11, 1, 'sun'), US_DST, {
    note: 'Energy Policy Act of 2005, sec. 110: the first Sunday of November at 02:00 local time, since 2007.',
  }),
  entryChecked('easterMonday', 'Lundi de Pâques', 'Easter Monday', ['FR', 'GB'], 'holiday', easter(1), FR_HOLIDAYS, {
    note: 'A public holiday in France and a bank holiday in England, Wales and Northern Ireland (not Scotland).',
  }),
  entryChecked('whitMonday', 'Lundi de Pentecôte', 'Whit Monday (France)', ['FR'], 'holiday', easter(50), FR_HOLIDAYS, {
    note: 'A public holiday, and by default the journée de solidarité (worked without pay in many companies).',
  }),
  entryChecked('feteDesVoisins', 'Fête des voisins', "Neighbours' Day (Fête des voisins)", ['FR'], 'cultural', {
    kind: 'table',
    dates: [
      { date: '2018-05-25', source: 'http://www.impactfm.fr/info/19-edition-fete-voisins-vendredi-25-mai-2018/' },
      { date: '2021-09-24', source: 'https://www.linternaute.com/sortir/guide-des-loisirs/1289864-fete-des-voisins-2021-l-evenement-reporte-au-24-septembre/' },
      { date: '2022-05-27', source: 'https://www.lahautmontmartre.fr/fêtedesvoisins' },
      { date: '2023-05-26', source: 'https://www.lahautmontmartre.fr/fêtedesvoisins' },
      { date: '2024-05-31', source: 'https://www.roissyenfrance.fr/actualites/actualite/le-saviez-vous-34' },
      { date: '2025-05-23', source: 'https://www.linfo.re/france/societe/la-fete-des-voisins-fete-un-quart-de-siecle-de-convivialite-ce-23-mai' },
      { date: '2026-05-29', source: VOISINS },
    ],
  }, VOISINS, {
    note: 'The organisers (Voisins Solidaires) publish the date each year, usually the last Friday of May; 2021 moved to 24 September (COVID-19). Rows for 2019 and 2020 were not found; add later years as overrides.',
  }),
  entryChecked('frenchDaysSpring', 'French Days (printemps)', 'French Days (spring)', ['FR'], 'commercial', {
    kind: 'table',
    dates: [
      { date: '2018-04-27', endDate: '2018-05-01', source: 'https://www.francetvinfo.fr/economie/soldes/six-grands-sites-lancent-vendredi-les-french-days-le-black-friday-du-commerce-en-ligne-francais_2726153.html' },
      { date: '2020-05-27', endDate: '2020-06-02', source: 'http://www.francesoir.fr/lifestyle-shopping/french-days-dates-promotions-et-enseignes-concernees-par-cette-operation-des' },
    ],
  }, 'https://icalendrier.fr/evenements/french-days', {
    note: 'The e-commerce operation of Boulanger, Cdiscount, Fnac Darty, La Redoute, Rue du Commerce and Showroomprivé, at the end of April (2020 moved to late May by the lockdown). Only the editions whose dates were found are listed (the autumn edition, late September, has no row for want of a source): add the current ones as overrides.',
  }),
  entryChecked('worldSocialMediaDay', 'Journée mondiale des réseaux sociaux', 'World Social Media Day', ['*'], 'platform', fixed(6, 30), 'https://jacegalloway.wixsite.com/holidays/single-post/social-media-day', {
    note: 'Launched by Mashable on 30 June 2010 (#SMDay).',
  }),
  entryChecked('worldBreadDay', 'Journée mondiale du pain', 'World Bread Day', ['*'], 'cultural', fixed(10, 16), 'https://www.infos-nantes.fr/journee-mondiale-pain-16-octobre', {
    note: "Created in 2006 by the International Union of Bakers and Bakers-Confectioners (UIB), on the FAO's World Food Day.",
  }),
  entryChecked('frenchSchoolHolidaysAutumn', 'Vacances de la Toussaint', 'French school holidays: autumn (All Saints)', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2021-10-23', endDate: '2021-11-07', source: SCHOOL_2021 },
      { date: '2024-10-19', endDate: '2024-11-03', source: SCHOOL_2024_A },
      { date: '2025-10-18', endDate: '2025-11-02', source: SCHOOL_2024_A },
    ],
  }, RENTREE, { note: `All three zones. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysChristmas', 'Vacances de Noël', 'French school holidays: Christmas', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2021-12-18', endDate: '2022-01-02', source: SCHOOL_2021 },
      { date: '2024-12-21', endDate: '2025-01-05', source: SCHOOL_2024_A },
      { date: '2025-12-20', endDate: '2026-01-04', source: SCHOOL_2025 },
    ],
  }, RENTREE, { note: `All three zones; the row's year is the year they start. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysWinterZoneA', "Vacances d'hiver (zone A)", 'French school holidays: winter, zone A', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2022-02-12', endDate: '2022-02-27', source: SCHOOL_2021 },
      { date: '2025-02-22', endDate: '2025-03-09', source: SCHOOL_2024_A },
      { date: '2026-02-07', endDate: '2026-02-22', source: SCHOOL_2025 },
    ],
  }, RENTREE, { note: `Zone A: Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysWinterZoneB', "Vacances d'hiver (zone B)", 'French school holidays: winter, zone B', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2022-02-05', endDate: '2022-02-20', source: SCHOOL_2021 },
      { date: '2026-02-14', endDate: '2026-03-01', source: SCHOOL_2025 },
    ],
  }, RENTREE, { note: `Zone B: Aix-Marseille, Amiens, Caen, Lille, Nancy-Metz, Nantes, Nice, Orléans-Tours, Reims, Rennes, Rouen, Strasbourg. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysWinterZoneC', "Vacances d'hiver (zone C)", 'French school holidays: winter, zone C', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2022-02-19', endDate: '2022-03-06', source: SCHOOL_2021 },
      { date: '2025-02-15', endDate: '2025-03-02', source: SCHOOL_2024_C },
      { date: '2026-02-21', endDate: '2026-03-08', source: SCHOOL_2025 },
    ],
  }, RENTREE, { note: `Zone C: Créteil, Montpellier, Paris, Toulouse, Versailles. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysSpringZoneA', 'Vacances de printemps (zone A)', 'French school holidays: spring, zone A', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2025-04-19', endDate: '2025-05-04', source: SCHOOL_2024_A },
      { date: '2026-04-04', endDate: '2026-04-19', source: SCHOOL_2025 },
    ],
  }, RENTREE, { note: `Zone A. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysSpringZoneB', 'Vacances de printemps (zone B)', 'French school holidays: spring, zone B', ['FR'], 'civic', {
    kind: 'table', dates: rows(SCHOOL_2025_B, [['2026-04-11', '2026-04-26']]),
  }, RENTREE, { note: `Zone B. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysSpringZoneC', 'Vacances de printemps (zone C)', 'French school holidays: spring, zone C', ['FR'], 'civic', {
    kind: 'table', dates: rows(SCHOOL_2024_C, [['2025-04-12', '2025-04-27']]),
  }, RENTREE, { note: `Zone C. The 2026 dates were not found in the sources looked up: add them as an override. ${SCHOOL_NOTE}` }),
  entryChecked('frenchSchoolHolidaysSummer', "Vacances d'été", 'French school holidays: summer', ['FR'], 'civic', {
    kind: 'table',
    dates: [
      { date: '2025-07-05', endDate: '2025-08-31', source: SCHOOL_2024_A },
      { date: '2026-07-04', endDate: '2026-08-31', source: SCHOOL_2025_A },
    ],
  }, RENTREE, { note: `All three zones, to the day before the rentrée (1 September 2025 and 2026). ${SCHOOL_NOTE}` }),
  entryChecked('ramadanBegins', 'Début du ramadan', 'First day of Ramadan', ['FR', 'GB', 'US'], 'religious', {
    kind: 'table',
    dates: rows(RAMADAN_INK, ['2025-03-01', '2026-02-18', '2027-02-08', '2028-01-28', '2029-01-16', '2030-01-05']),
  }, ISLAMIC_CALENDAR, { note: `1 Ramadan. ${ISLAMIC_NOTE} Ramadan begins twice in 2030 (5 January and 26 December); a table holds one row a year, so the December one is left out.` }),
  entryChecked('eidAlFitr', 'Aïd el-Fitr', 'Eid al-Fitr', ['FR', 'GB', 'US'], 'religious', {
    kind: 'table',
    dates: rows(RAMADAN_INK, ['2025-03-30', '2026-03-20', '2027-03-09', '2028-02-26', '2029-02-14', '2030-02-04']),
  }, ISLAMIC_CALENDAR, { note: `1 Shawwal, the end of Ramadan. ${ISLAMIC_NOTE}` }),
  entryChecked('eidAlAdha', 'Aïd el-Kébir (Aïd al-Adha)', 'Eid al-Adha', ['FR', 'GB', 'US'], 'religious', {
    kind: 'table',
    dates: rows(ISLAMIC_CALENDAR, ['2025-06-06', '2026-05-27', '2027-05-16', '2028-05-05', '2029-04-24', '2030-04-13']),
  }, ISLAMIC_CALENDAR, { note: `10 Dhu al-Hijja. ${ISLAMIC_NOTE}` }),
  entryChecked('hanukkahBegins', 'Hanoukka (premier soir)', 'Hanukkah (first evening)', ['FR', 'GB', 'US'], 'religious', {
    kind: 'table',
    dates: rows(HEBREW_CALENDAR, ['2025-12-14', '2026-12-04', '2027-12-24', '2028-12-12', '2029-12-01', '2030-12-20']),
  }, HEBREW_CALENDAR, {
    note: "The evening before 25 Kislev, when the first candle is lit; eight days. Computed from the Hebrew calendar's arithmetic rules with ICU's hebrew calendar (a test checks each row); no published table was looked up.",
  }),
  entryChecked('diwali', 'Diwali', 'Diwali (Deepavali)', ['FR', 'GB', 'US'], 'religious', {
    kind: 'table',
    dates: rows(DIWALI, ['2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17', '2029-11-05', '2030-10-26']),
  }, DIWALI, {
    note: "The Amavasya (new moon) of Kartik, as ExcelNotes' published list gives it (the day of Lakshmi Puja, one of five days). Regional traditions and other lists differ by a day in some years (21 October 2025 in some).",
  }),

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

/**
 * The built-in dataset of observances, the *marronniers* of the trade: the seasonal, commercial, awareness
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
 * builtInObservances.find((o) => o.id === 'blackFriday')?.rule; // { kind: 'relative', to: 'thanksgivingUs', offsetDays: 1 }
 */
export const builtInObservances: readonly Observance[] = /* @__PURE__ */ deepFreeze(data);

/**
 * The same list as {@link builtInObservances}, under the trade's French word:
 * a *marronnier* (a chestnut tree, which flowers every year) is the topic
 * that comes back at the same date each year (see the glossary). Kept as an
 * alias; new code should prefer `builtInObservances`.
 *
 * @example
 * marronniers === builtInObservances; // true
 */
export const marronniers: readonly Observance[] = builtInObservances;
