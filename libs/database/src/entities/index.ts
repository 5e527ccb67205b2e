import { AuditLogEntity } from './audit-log.entity';
import { EscalationEntity } from './escalation.entity';
import { NotificationEventEntity } from './notification-event.entity';
import { ProjectAssignmentEntity } from './project-assignment.entity';
import { ProjectMilestoneEntity } from './project-milestone.entity';
import { ProjectEntity } from './project.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity,
  EscalationEntity,
  NotificationEventEntity,
  ProjectAssignmentEntity,
  ProjectEntity,
  ProjectMilestoneEntity,
  UnitEntity,
  UserEntity,
};
export type { UserRole } from './user.entity';
export type { ProjectStatus } from './project.entity';

export const entities = [
  UserEntity,
  ProjectEntity,
  AuditLogEntity,
  ProjectMilestoneEntity,
  ProjectAssignmentEntity,
  EscalationEntity,
  NotificationEventEntity,
  UnitEntity,
  // field operations (issue 5)
];
