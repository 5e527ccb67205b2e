export * from './schedule';
export * from './money';
export * from './unit-handover';
export * from './keys';
export * from './survey';
export * from './briefing';
export * from './errors';
