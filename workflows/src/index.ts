export { handoverProjectWorkflow } from './handover-project.workflow';
export { recordDeadlineWorkflow } from './record-deadline.workflow';
export { projectReportingWorkflow } from './project-reporting.workflow';
export { notificationDispatcherWorkflow } from './notification-dispatcher.workflow';
export { projectDeadlineWatcherWorkflow } from './deadline-watcher.workflow';
export { ownerMessageDispatcherWorkflow } from './owner-message-dispatcher.workflow';
