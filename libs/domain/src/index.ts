export * from './schedule';
export * from './money';
export * from './unit-handover';
