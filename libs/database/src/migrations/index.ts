import { Foundation1764000000000 } from './1764000000000-foundation';
import { TimelineReadModel1764000100000 } from './1764000100000-timeline-read-model';
import { Units1764000200000 } from './1764000200000-units';
import { RisksDefectsComplaints1764000500000 } from './1764000500000-risks-defects-complaints';
import { Appointments1764000300000 } from './1764000300000-appointments';
import { HandoverPaymentsKeys1764000400000 } from './1764000400000-handover-payments-keys';
import { Briefings1764000600000 } from './1764000600000-briefings';
import { SummariesSurveysCases1764000700000 } from './1764000700000-summaries-surveys-cases';
import { EscalationResolution1764000800000 } from './1764000800000-escalation-resolution';
import { EscalationMessageCodes1764000900000 } from './1764000900000-escalation-message-codes';
import { NotificationDelivery1764001000000 } from './1764001000000-notification-delivery';
import { NotificationEventKinds1764001100000 } from './1764001100000-notification-event-kinds';
import { Contractors1764001200000 } from './1764001200000-contractors';
import { DeadlineWatchMark1764001250000 } from './1764001250000-deadline-watch-mark';
import { DefectSlaScorecards1764001300000 } from './1764001300000-defect-sla-scorecards';
import { Warranty1764001400000 } from './1764001400000-warranty';
import { FrequentProblemAlerts1764001500000 } from './1764001500000-frequent-problem-alerts';
import { WarrantyVisits1764001700000 } from './1764001700000-warranty-visits';
import { OwnerSignIn1764001900000 } from './1764001900000-owner-sign-in';
import { HandoverNotice1764002000000 } from './1764002000000-handover-notice';
import { OwnerDefectsObjections1764002100000 } from './1764002100000-owner-defects-objections';
import { OwnerSignatures1764002200000 } from './1764002200000-owner-signatures';
import { OwnerWarrantySurvey1764002300000 } from './1764002300000-owner-warranty-survey';
import { OwnerMessages1764002500000 } from './1764002500000-owner-messages';
import { InspectionItemPosition1764002600000 } from './1764002600000-inspection-item-position';

/** Listed explicitly (not globbed) so the same list works from TypeScript sources and compiled output. */
export const migrations = [
  Foundation1764000000000,
  TimelineReadModel1764000100000,
  Units1764000200000,
  Appointments1764000300000,
  // field operations (issue 5): one migration per feature, in timestamp order
  HandoverPaymentsKeys1764000400000,
  RisksDefectsComplaints1764000500000,
  // daily briefings and HQ roll-up (issue 6)
  Briefings1764000600000,
  // summaries, surveys, cases (issue 6)
  SummariesSurveysCases1764000700000,
  // escalations name their record and when they were resolved (one home per rule)
  EscalationResolution1764000800000,
  // escalations say what they say as a code with parameters, rendered in the reader's language
  EscalationMessageCodes1764000900000,
  // contacts, the notification centre and deliveries (issue 15)
  NotificationDelivery1764001000000,
  NotificationEventKinds1764001100000,
  // contractors in the loop (issue 16)
  Contractors1764001200000,
  // one deadline watcher per project (issue 16)
  DeadlineWatchMark1764001250000,
  // defect SLA, time to fix, dispute rulings (issue 16)
  DefectSlaScorecards1764001300000,
  // warranty tickets after handover (issue 16)
  Warranty1764001400000,
  // frequent-problem alerts and their threshold (issue 16 item 5)
  FrequentProblemAlerts1764001500000,
  // repair visits, the owner's confirmation and call-back tasks (issue 16 item 6)
  WarrantyVisits1764001700000,
  // owners sign in with their phone number and a one-time code (issue 17 item 1)
  OwnerSignIn1764001900000,
  // the handover notice's place and what to bring (issue 17 item 2)
  HandoverNotice1764002000000,
  // owners confirm fixes, report issues and raise objections (issue 17)
  OwnerDefectsObjections1764002100000,
  // the owner's signatures on the 验房单 and 收楼确认书, and their PDFs' hashes (issue 17)
  OwnerSignatures1764002200000,
  // owners' warranty requests (photos, visit times, rating) and survey answers (issue 17 items 6-7)
  OwnerWarrantySurvey1764002300000,
  // text messages to owners and their opt-outs (issue 17 item 3)
  OwnerMessages1764002500000,
  // inspection items keep the team's order (issue 17: the 验房单 numbers them as listed)
  InspectionItemPosition1764002600000,
];
