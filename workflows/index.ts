// What the worker bundles: workflow code only (no activities, no Node built-ins).
export { processCall } from './processCall';
export { followUp } from './followUp';
export { dailyDigest } from './dailyDigest';
export { weeklyInsightsDigest } from './insightsDigest';
export { recordLock } from './recordLock';
