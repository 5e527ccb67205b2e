export * from './task-queues';
export * from './workflow-ids';
export * from './search-attributes';
export * from './handover-project';
export * from './activities';
export * from './current-phase';
export * from './status-view';
export * from './project-state';
