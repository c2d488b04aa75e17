import type { Report, ReportLocale, ReportRecommendation } from './report-schema.js';

const en = {
  tag: 'en-GB',
  period: 'Period',
  comparedWith: 'compared with',
  timeZone: 'Time zone',
  generated: 'Generated',
  kpis: 'Key performance indicators',
  kpi: 'KPI',
  variant: 'Definition',
  current: 'Current',
  previous: 'Previous',
  change: 'Change',
  relativeChange: 'Change %',
  target: 'Target',
  attainment: 'Attainment',
  status: 'Status',
  charts: 'Charts',
  timeSeries: 'Reach and engagement rate over time',
  timeSeriesDesc: 'Bars show reach per bucket (left axis); the line shows the engagement rate by reach (right axis).',
  byPlatform: 'Engagement rate by platform',
  byPlatformDesc: 'One bar per platform: engagement rate by reach over the period (ratio of sums).',
  mixVsTarget: 'Content mix against target',
  mixVsTargetDesc: 'For each pillar, the actual share of posts (filled bar) and the target share (outlined bar).',
  heatmap: 'Engagement rate by weekday and hour',
  heatmapDesc: 'One cell per weekday and hour in the report’s time zone; darker is a higher engagement rate by reach; grey cells had no post.',
  breakdowns: 'Breakdowns',
  platform: 'Platform',
  pillar: 'Pillar',
  format: 'Format',
  persona: 'Persona',
  posts: 'Posts',
  reach: 'Reach',
  impressions: 'Impressions',
  engagements: 'Engagements',
  clicks: 'Clicks',
  conversions: 'Conversions',
  engagementRate: 'Engagement rate (reach)',
  engagementRateByImpressions: 'Engagement rate (impressions)',
  ctr: 'CTR',
  previousEngagementRate: 'Previous engagement rate',
  topPosts: 'Top posts (against their platform’s median)',
  bottomPosts: 'Bottom posts (against their platform’s median)',
  post: 'Post',
  publishedAt: 'Published',
  platformMedian: 'Platform median',
  relative: '× median',
  mix: 'Content mix against the editorial line',
  actual: 'Actual',
  deviation: 'Deviation',
  count: 'Count',
  totalVariationDistance: 'Distance from the target mix (total variation)',
  unassigned: 'Posts without a pillar',
  execution: 'Calendar execution',
  planned: 'Planned',
  published: 'Published',
  missed: 'Missed',
  unplanned: 'Unplanned',
  rate: 'Rate',
  media: 'Media',
  mediaPlan: 'Media plan',
  lineItem: 'Line item',
  objective: 'Objective',
  pricingModel: 'Pricing',
  plannedSpend: 'Planned spend',
  actualSpend: 'Actual spend',
  difference: 'Difference',
  spendShare: 'Actual ÷ planned',
  pacing: 'Pacing',
  elapsed: 'Time elapsed',
  expectedToDate: 'Expected to date',
  pacingRatio: 'Pacing ratio',
  linearProjection: 'Projected spend (linear)',
  runRateProjection: 'Projected spend (run rate)',
  pacingStatuses: { under: 'under pace', onPace: 'on pace', over: 'over pace' } as Readonly<Record<string, string>>,
  spend: 'Spend',
  revenue: 'Revenue',
  total: 'Total',
  incidents: 'Incidents',
  incident: 'Incident',
  detectedAt: 'Detected',
  peakLevel: 'Peak level',
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToFirstResponse: 'Time to first response',
  timeToResolve: 'Time to resolve',
  slaBreaches: 'SLA breaches',
  minutes: 'min',
  none: 'none',
  recommendations: 'Recommendations',
  basedOn: 'data points',
  omitted: 'Sections left out',
  records: 'Records',
  excluded: 'outside both periods',
  weekday: 'Weekday',
  hour: 'Hour',
  week: 'Week',
  day: 'Day',
  empty: '—',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as readonly string[],
  statuses: { ahead: 'ahead', onTrack: 'on track', behind: 'behind', atRisk: 'at risk' } as Readonly<Record<string, string>>,
  kpiNames: {
    reach: 'Reach', impressions: 'Impressions', engagements: 'Engagements', clicks: 'Clicks', conversions: 'Conversions',
    engagementRateByReach: 'Engagement rate by reach', engagementRateByImpressions: 'Engagement rate by impressions', ctr: 'Click-through rate',
    cpc: 'Cost per click', cpm: 'Cost per thousand impressions', cpa: 'Cost per acquisition', roas: 'Return on ad spend', roi: 'Return on investment',
  } as Readonly<Record<string, string>>,
  variants: {} as Readonly<Record<string, string>>,
  notComputed: 'KPIs the records cannot give',
  dataTable: 'Data table',
};

/** The words of the renderers, per locale (internal). */
export type Labels = typeof en;

const fr: Labels = {
  tag: 'fr-FR',
  period: 'Période',
  comparedWith: 'comparée à',
  timeZone: 'Fuseau horaire',
  generated: 'Produit le',
  kpis: 'Indicateurs clés de performance',
  kpi: 'KPI',
  variant: 'Définition',
  current: 'Actuel',
  previous: 'Précédent',
  change: 'Évolution',
  relativeChange: 'Évolution %',
  target: 'Cible',
  attainment: 'Atteinte',
  status: 'Statut',
  charts: 'Graphiques',
  timeSeries: 'Portée et taux d’engagement dans le temps',
  timeSeriesDesc: 'Les barres montrent la portée par intervalle (axe de gauche) ; la ligne, le taux d’engagement par portée (axe de droite).',
  byPlatform: 'Taux d’engagement par plateforme',
  byPlatformDesc: 'Une barre par plateforme : taux d’engagement par portée sur la période (rapport des sommes).',
  mixVsTarget: 'Mix de contenus face à la cible',
  mixVsTargetDesc: 'Pour chaque pilier, la part réelle des publications (barre pleine) et la part cible (barre au contour).',
  heatmap: 'Taux d’engagement par jour et par heure',
  heatmapDesc: 'Une case par jour de la semaine et par heure dans le fuseau du rapport ; plus foncé, meilleur taux d’engagement par portée ; en gris, aucune publication.',
  breakdowns: 'Ventilations',
  platform: 'Plateforme',
  pillar: 'Pilier',
  format: 'Format',
  persona: 'Persona',
  posts: 'Publications',
  reach: 'Portée',
  impressions: 'Impressions',
  engagements: 'Interactions',
  clicks: 'Clics',
  conversions: 'Conversions',
  engagementRate: 'Taux d’engagement (portée)',
  engagementRateByImpressions: 'Taux d’engagement (impressions)',
  ctr: 'CTR',
  previousEngagementRate: 'Taux d’engagement précédent',
  topPosts: 'Meilleures publications (face à la médiane de leur plateforme)',
  bottomPosts: 'Publications les plus faibles (face à la médiane de leur plateforme)',
  post: 'Publication',
  publishedAt: 'Publiée le',
  platformMedian: 'Médiane de la plateforme',
  relative: '× médiane',
  mix: 'Mix de contenus face à la ligne éditoriale',
  actual: 'Réel',
  deviation: 'Écart',
  count: 'Nombre',
  totalVariationDistance: 'Distance au mix cible (variation totale)',
  unassigned: 'Publications sans pilier',
  execution: 'Exécution du planning',
  planned: 'Prévues',
  published: 'Publiées',
  missed: 'Manquées',
  unplanned: 'Hors planning',
  rate: 'Taux',
  media: 'Médias payants',
  mediaPlan: 'Plan média',
  lineItem: 'Ligne',
  objective: 'Objectif',
  pricingModel: 'Mode d’achat',
  plannedSpend: 'Dépense prévue',
  actualSpend: 'Dépense réelle',
  difference: 'Écart',
  spendShare: 'Réel ÷ prévu',
  pacing: 'Rythme de dépense',
  elapsed: 'Temps écoulé',
  expectedToDate: 'Attendu à date',
  pacingRatio: 'Ratio de rythme',
  linearProjection: 'Dépense projetée (linéaire)',
  runRateProjection: 'Dépense projetée (rythme récent)',
  pacingStatuses: { under: 'sous le rythme', onPace: 'dans le rythme', over: 'au-dessus du rythme' },
  spend: 'Dépense',
  revenue: 'Chiffre d’affaires',
  total: 'Total',
  incidents: 'Incidents',
  incident: 'Incident',
  detectedAt: 'Détecté le',
  peakLevel: 'Niveau maximal',
  timeToDetect: 'Délai de détection',
  timeToAcknowledge: 'Délai de prise en charge',
  timeToFirstResponse: 'Délai de première réponse',
  timeToResolve: 'Délai de résolution',
  slaBreaches: 'Engagements de service manqués',
  minutes: 'min',
  none: 'aucun',
  recommendations: 'Recommandations',
  basedOn: 'points de données',
  omitted: 'Sections absentes',
  records: 'Enregistrements',
  excluded: 'hors des deux périodes',
  weekday: 'Jour',
  hour: 'Heure',
  week: 'Semaine',
  day: 'Jour',
  empty: '—',
  weekdays: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  statuses: { ahead: 'en avance', onTrack: 'dans les temps', behind: 'en retard', atRisk: 'en danger' },
  kpiNames: {
    reach: 'Portée', impressions: 'Impressions', engagements: 'Interactions', clicks: 'Clics', conversions: 'Conversions',
    engagementRateByReach: 'Taux d’engagement par portée', engagementRateByImpressions: 'Taux d’engagement par impressions', ctr: 'Taux de clic',
    cpc: 'Coût par clic', cpm: 'Coût pour mille impressions', cpa: 'Coût par acquisition', roas: 'Retour sur dépense publicitaire', roi: 'Retour sur investissement',
  },
  variants: {
    impressions: 'Σ impressions',
    reach: 'Σ portée (portées des publications additionnées, personnes non dédoublonnées)',
    engagements: 'Σ interactions',
    clicks: 'Σ clics',
    conversions: 'Σ conversions',
    engagementRateByReach: 'taux d’engagement par portée, rapport des sommes : Σ interactions / Σ portée',
    engagementRateByImpressions: 'taux d’engagement par impressions, rapport des sommes : Σ interactions / Σ impressions',
    ctr: 'taux de clic, rapport des sommes : Σ clics / Σ impressions',
    cpc: 'coût par clic : Σ coût / Σ clics',
    cpm: 'coût pour mille impressions : 1000 × Σ coût / Σ impressions',
    cpa: 'coût par acquisition : Σ coût / Σ conversions',
    roas: 'retour sur dépense publicitaire : Σ chiffre d’affaires / Σ coût',
    roi: 'retour sur investissement : (Σ chiffre d’affaires − Σ coût) / Σ coût',
  },
  notComputed: 'KPI que les enregistrements ne permettent pas de calculer',
  dataTable: 'Tableau des données',
};

/**
 * The labels of a locale.
 *
 * @param locale - `'fr'` or `'en'`
 * @returns the labels
 */
export function labelsFor(locale: ReportLocale): Labels {
  return locale === 'fr' ? fr : en;
}

/** Number, percent, money and date formatting for one locale (internal). */
export interface Formats {
  /** The locale's words. */
  labels: Labels;
  /** A number with `digits` decimals (0 by default); `—` for null. */
  number(value: number | null, digits?: number): string;
  /** A ratio as a percent with two decimals. */
  percent(value: number | null): string;
  /** A decimal string as money in `currency`, exactly. */
  money(value: string | null, currency: string | null): string;
  /** A local date, day month year. */
  date(localDate: string): string;
  /** An instant in a zone, date and time. */
  instant(iso: string, timeZone: string): string;
  /** A KPI value in its unit. */
  value(value: number | string | null, unit: 'count' | 'ratio' | 'money', currency: string | null): string;
  /** A recommendation in the locale's words. */
  recommendation(r: ReportRecommendation, report: Report): string;
}

/**
 * The formats of a report's locale, with Intl.
 *
 * @param locale - `'fr'` or `'en'`
 * @returns the formats
 */
export function formatsFor(locale: ReportLocale): Formats {
  const labels = labelsFor(locale);
  const tag = labels.tag;
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const moneys = new Map<string, Intl.NumberFormat>();
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  const f: Formats = {
    labels,
    number(value, digits = 0) {
      if (value === null) return labels.empty;
      if (digits === 0) return integer.format(value);
      let nf = decimals.get(digits);
      if (nf === undefined) {
        nf = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        decimals.set(digits, nf);
      }
      return nf.format(value);
    },
    percent: (value) => (value === null ? labels.empty : percent.format(value)),
    money(value, currency) {
      if (value === null) return labels.empty;
      if (currency === null) return f.number(Number(value), 2);
      let nf = moneys.get(currency);
      if (nf === undefined) {
        nf = new Intl.NumberFormat(tag, { style: 'currency', currency });
        moneys.set(currency, nf);
      }
      // A decimal string is formatted exactly (Intl.NumberFormat v3), never through a float.
      return nf.format(value as unknown as number);
    },
    date(localDate) {
      const [y, m, d] = localDate.split('-').map(Number);
      return day.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
    },
    instant(iso, timeZone) {
      return new Intl.DateTimeFormat(tag, { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    },
    value(value, unit, currency) {
      if (value === null) return labels.empty;
      if (unit === 'money') return f.money(String(value), currency);
      if (unit === 'ratio') return f.percent(Number(value));
      return f.number(Number(value));
    },
    recommendation(r, report) {
      if (locale === 'en') return r.message;
      const e = r.evidence;
      const pct = (x: unknown): string => (typeof x === 'number' ? f.percent(x) : labels.empty);
      const num = (x: unknown, digits = 0): string => (typeof x === 'number' ? f.number(x, digits) : labels.empty);
      switch (r.code) {
        case 'bestSlot': {
          const i = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(String(e.weekday));
          return `Publier davantage le ${labels.weekdays[i] ?? String(e.weekday)} à ${String(e.hour).padStart(2, '0')} h (${report.timeZone}) : ${pct(e.engagementRateByReach)} de taux d’engagement par portée sur ${num(e.posts)} publications, contre ${pct(e.periodEngagementRateByReach)} sur la période`;
        }
        case 'pillarOverperforming':
          return `Le pilier ${String(e.pillar)} surperforme : ${pct(e.engagementRateByReach)} sur ${num(e.posts)} publications, ${num(e.relative, 2)} × la période ; lui donner plus de créneaux`;
        case 'pillarUnderperforming':
          return `Le pilier ${String(e.pillar)} sous-performe : ${pct(e.engagementRateByReach)} sur ${num(e.posts)} publications, ${num(e.relative, 2)} × la période ; retravailler ses formats ou lui donner moins de créneaux`;
        case 'boostPost':
          return `Sponsoriser la publication ${String(e.id ?? `#${String(e.index)}`)} sur ${String(e.platform)} : ${pct(e.rate)}, ${num(e.relative, 2)} × la médiane de ${num(e.platformPosts)} publications`;
        case 'kpiBehind':
          return `${labels.kpiNames[String(e.kpi)] ?? String(e.kpi)} est en retard sur l’objectif ${String(e.objectiveId)} : ${pct(e.attainment)} du chemin parcouru pour ${pct(e.expectedShare)} attendus à ce jour`;
        case 'mixOffTarget':
          return `Le pilier ${String(e.pillar)} s’écarte de sa cible : ${pct(e.actual)} des publications pour une cible de ${pct(e.target)}`;
        case 'slaBreached':
          return `L’incident ${String(e.incident ?? '')} a manqué son engagement « ${String(e.sla)} » de ${num(e.lateMinutes)} minutes : revoir l’astreinte et les messages d’attente`;
      }
    },
  };
  return f;
}
