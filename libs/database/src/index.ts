export * from './entities';
export * from './data-source';
export { migrations } from './migrations';
export * from './queries';
export * from './repositories';
// notifications that reach people (issue 15)
export * from './repositories/user-contacts.repository';
export * from './repositories/notifications.repository';
export * from './repositories/notification-deliveries.repository';
export * from './repositories/notification-dispatch.repository';
export * from './repositories/database-probe';
// call-back tasks of warranty repair visits (issue 16 item 6): created by the worker's sweep, closed by the API
export * from './repositories/warranty-call-backs.repository';
