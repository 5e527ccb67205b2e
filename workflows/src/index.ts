export { handoverProjectWorkflow } from './handover-project.workflow';
