export * from './owner-messages';
