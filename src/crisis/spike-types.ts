/** One anomalous bucket. */
export interface Anomaly {
  /** The bucket's start. */
  at: Date;
  /** The count observed in it (mentions, or negative mentions for {@link detectSentimentDips}). */
  count: number;
  /** The count the method expected there. */
  expected: number;
  /** How far from expected, in the method's scale (see each method); positive for a rise. */
  score: number;
}

/** Consecutive anomalous buckets (closer than the cooldown), one alert. */
export interface Episode {
  /** The first anomalous bucket's start. */
  from: Date;
  /** The end of the last anomalous bucket (exclusive). */
  to: Date;
  /** The anomaly with the largest |score|. */
  peak: Anomaly;
  /** Every anomaly of the episode, in time order. */
  anomalies: Anomaly[];
}

/** The spike detection methods. */
export type SpikeMethod = 'adaptive' | 'zscore' | 'ewma' | 'esd';

/** Which way counts must move to be anomalous. */
export type SpikeDirection = 'up' | 'down' | 'both';

/** What {@link detectSpikes} and {@link detectSentimentDips} return. */
export interface SpikeResult {
  /** Every anomalous bucket, in time order. */
  anomalies: Anomaly[];
  /** The anomalies merged into alerts. */
  episodes: Episode[];
  /** The method used. */
  method: SpikeMethod | 'binomial';
  /** Every parameter in force, defaults included (and the inferred `bucketMinutes`). */
  params: Readonly<Record<string, number | string | boolean>>;
}
