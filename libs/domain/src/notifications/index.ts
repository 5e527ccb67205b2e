export * from './escalation-messages';
