export { decideAccess, headWritersOf, seesProject, projectScopeOf } from './access-policy';
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
  HeadWriters,
} from './access-policy';
