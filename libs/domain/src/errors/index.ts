export * from './language';
export * from './error-messages';
