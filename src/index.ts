/**
 * socialkit: the craft of community and social media managers as a typed,
 * pure TypeScript library. Every module is also a subpath export
 * (`socialkit/core`, …); this entry re-exports them all.
 *
 * @module socialkit
 */
export * from './core/index.js';
export * from './kpi/index.js';
export * from './persona/index.js';
export * from './strategy/index.js';
export * from './editorial/index.js';
export * from './calendar/index.js';
export * from './crisis/index.js';
export * from './report/index.js';
export * from './benchmark/index.js';
export * from './profile/index.js';
export * from './budget/index.js';
export * from './sql/index.js';
