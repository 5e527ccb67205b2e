export type { Queryable } from './queryable';
export * from './briefing-figures.query';
export * from './summary-compiler';
export * from './survey-totals';
export * from './hq-portfolio.query';
export * from './touch-points.query';
export * from './entity-columns';
