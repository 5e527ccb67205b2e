export * from './escalations.repository';
export * from './project-read-model.repository';
export * from './notification-events.repository';
export * from './deadline-records.repository';
export * from './audit-log.repository';
export * from './briefing-projects.repository';
export * from './briefing-deliveries.repository';
export * from './handover-summaries.repository';
