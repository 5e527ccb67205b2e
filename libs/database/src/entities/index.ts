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
export {
  ESCALATION_KINDS,
  ESCALATION_RECORD_KINDS,
  ESCALATION_RECORD_KIND_OF,
  type EscalationKind,
  type EscalationRecordKind,
} from './escalation.entity';
export type { ProjectStatus } from './project.entity';
export { APPOINTMENT_KINDS, type AppointmentKind } from './appointment-slot.entity';
export type { AppointmentBookingStatus } from './appointment-booking.entity';
export * from './handover-fee-settings.entity';
export * from './handover-event.entity';
export * from './handover-inspection-item.entity';
export * from './payment.entity';
export * from './key.entity';
export * from './key-movement.entity';
export * from './risk.entity';
export * from './defect.entity';
export * from './complaint.entity';
export * from './briefing.entity';
export * from './briefing-delivery.entity';
export * from './webhook.entity';
export * from './summary.entity';
export * from './survey.entity';
export * from './case.entity';
export * from './user-contact.entity';
export * from './notification.entity';
export * from './contractor-company.entity';
export * from './warranty-ticket.entity';
export * from './defect-alert.entity';
import { ProjectFeeSettingsEntity } from './handover-fee-settings.entity';
import { UnitHandoverEventEntity } from './handover-event.entity';
import { HandoverInspectionItemEntity } from './handover-inspection-item.entity';
import { PaymentEntity } from './payment.entity';
import { KeyEntity } from './key.entity';
import { KeyMovementEntity } from './key-movement.entity';
import { RiskChecklistAreaEntity, RiskItemEntity } from './risk.entity';
import { DefectEntity, DefectPhotoEntity } from './defect.entity';
import { ComplaintEntity } from './complaint.entity';
import { DailyBriefingEntity, ProjectBriefingSettingsEntity } from './briefing.entity';
import { BriefingDeliveryEntity } from './briefing-delivery.entity';
import { BriefingWebhookEntity } from './webhook.entity';
import { HandoverSummaryEntity } from './summary.entity';
import { SurveyAnswerEntity, SurveyDimensionEntity, SurveyResponseEntity } from './survey.entity';
import { CaseEntity } from './case.entity';
import { UserContactEntity } from './user-contact.entity';
import { NotificationDeliveryEntity, NotificationEntity } from './notification.entity';
import { ContractorCompanyEntity, ProjectContractorEntity } from './contractor-company.entity';
import { WarrantyTicketEntity } from './warranty-ticket.entity';
import { DefectAlertEntity, ProjectFrequentProblemThresholdEntity } from './defect-alert.entity';

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
  ProjectFeeSettingsEntity,
  UnitHandoverEventEntity,
  HandoverInspectionItemEntity,
  PaymentEntity,
  KeyEntity,
  KeyMovementEntity,
  RiskChecklistAreaEntity,
  RiskItemEntity,
  DefectEntity,
  DefectPhotoEntity,
  ComplaintEntity,
  // daily briefings (issue 6)
  DailyBriefingEntity,
  ProjectBriefingSettingsEntity,
  BriefingWebhookEntity,
  BriefingDeliveryEntity,
  // summaries, surveys, cases (issue 6)
  HandoverSummaryEntity,
  SurveyDimensionEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  CaseEntity,
  // notifications that reach people (issue 15)
  UserContactEntity,
  NotificationEntity,
  NotificationDeliveryEntity,
  // contractors in the loop (issue 16)
  ContractorCompanyEntity,
  ProjectContractorEntity,
  // warranty after handover (issue 16)
  WarrantyTicketEntity,
  // frequent-problem alerts (issue 16)
  ProjectFrequentProblemThresholdEntity,
  DefectAlertEntity,
];
