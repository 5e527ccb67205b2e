/**
 * One factory per fixture kind, for the repository and e2e tiers: each inserts one kind of row (a single INSERT
 * through its entity), returns the typed row, and defaults everything a test does not state.
 */
export * from './db';
export * from './user.factory';
export * from './project.factory';
export * from './milestone.factory';
export * from './escalation.factory';
export * from './notification.factory';
export * from './unit.factory';
export * from './handover.factory';
export * from './defect.factory';
export * from './complaint.factory';
export * from './key.factory';
export * from './survey.factory';
