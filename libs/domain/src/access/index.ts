export { decideAccess, seesProject, projectScopeOf } from './access-policy';
export type {
  AccessRole,
  ProjectRelation,
  AccessCaller,
  RecordKind,
  AccessAction,
  AccessSubject,
  AccessRefusal,
  AccessDecision,
  ProjectScopeRule,
} from './access-policy';
