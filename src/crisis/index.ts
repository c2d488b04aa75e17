/**
 * Crisis (bad buzz): spike detection on mention volume and sentiment,
 * severity levels, response strategies from Situational Crisis
 * Communication Theory (Coombs), playbooks with roles, SLAs and holding
 * statements, and an append-only incident log.
 *
 * @module crisis
 */
export { detectSpikes, type DetectSpikesOptions } from './detect-spikes.js';
export type { GapFill, MentionPoint } from './mention-series.js';
export type { Anomaly, Episode, SpikeDirection, SpikeMethod, SpikeResult } from './spike-types.js';
export { detectSentimentDips, type DetectSentimentDipsOptions } from './detect-sentiment-dips.js';
