import { AppointmentBookingEntity } from './appointment-booking.entity';
import { AppointmentSlotEntity } from './appointment-slot.entity';
import { AuditLogEntity } from './audit-log.entity';
import { EscalationEntity } from './escalation.entity';
import { NotificationEventEntity } from './notification-event.entity';
import { ProjectAssignmentEntity } from './project-assignment.entity';
import { ProjectMilestoneEntity } from './project-milestone.entity';
import { ProjectEntity } from './project.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AppointmentBookingEntity,
  AppointmentSlotEntity,
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
export { APPOINTMENT_KINDS, type AppointmentKind } from './appointment-slot.entity';
export type { AppointmentBookingStatus } from './appointment-booking.entity';

export const entities = [
  UserEntity,
  ProjectEntity,
  AuditLogEntity,
  ProjectMilestoneEntity,
  ProjectAssignmentEntity,
  EscalationEntity,
  NotificationEventEntity,
  UnitEntity,
  AppointmentSlotEntity,
  AppointmentBookingEntity,
  // field operations (issue 5)
];
