import { buildReport, type Report } from '../../src/report/index.js';
import { fixtureRecords } from './fixtures.js';

/** A report with every section: strategy, mix, plan, spend and an incident. */
export function fullReport(locale: 'fr' | 'en'): Report {
  const records = fixtureRecords();
  const series = Array.from({ length: 72 }, (_, i) => ({ at: new Date(Date.UTC(2027, 1, 9, i)), count: i >= 48 && i < 52 ? 80 : 10 }));
  return buildReport({
    records,
    period: { from: '2027-02-01', to: '2027-02-28' },
    timeZone: 'Europe/Paris',
    comparePeriod: 'previousPeriod',
    now: '2027-03-01T00:00:00+01:00',
    locale,
    strategy: { brand: { name: 'Boulangerie Martin' }, objectives: [{ id: 'er', type: 'engagement', kpis: ['engagementRateByReach'], baseline: 0.02, target: 0.05, start: '2027-01-01', deadline: '2027-06-30' }] },
    editorialLine: {
      name: 'Boulangerie Martin',
      languages: ['fr'],
      pillars: [
        { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 },
        { id: 'salonDeThe', name: 'Le salon de thé', targetShare: 0.3 },
        { id: 'coulisses', name: 'Coulisses', targetShare: 0.2 },
        { id: 'offres', name: '=HYPERLINK("http://evil")', targetShare: 0.1 },
      ],
    },
    spend: [{ platform: 'instagram', date: '2027-02-03', amount: '40.00' }],
    mediaPlan: {
      id: 'q1', currency: 'EUR', total: '300', period: { from: '2027-02-01', to: '2027-03-31' },
      lineItems: [
        { id: '=cmd()', platform: 'instagram', objective: 'notoriety', pricingModel: 'cpm', plannedSpend: '200' },
        { id: 'fb', platform: 'facebook', objective: 'conversion', pricingModel: 'cpa', plannedSpend: '100' },
      ],
    },
    incidents: [
      {
        log: {
          id: 'galettes',
          events: [
            { at: '2027-02-11T01:00:00Z', actor: 'socialkit', type: 'detected', payload: {} },
            { at: '2027-02-11T01:20:00Z', actor: 'Camille', type: 'triaged', payload: { level: 3 } },
            { at: '2027-02-11T04:00:00Z', actor: 'Camille', type: 'resolved', payload: {} },
          ],
        },
        series,
      },
    ],
  });
}
