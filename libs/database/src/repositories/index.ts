export * from './escalations.repository';
