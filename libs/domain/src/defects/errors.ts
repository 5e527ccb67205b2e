import type { DefectAction, DefectFacts, DefectStatus, OwnerDefectAnswer } from './lifecycle';

/** Base class of every refused defect action. */
export abstract class DefectTransitionError extends Error {
  readonly defectId: string;
  readonly status: DefectStatus;

  protected constructor(
    message: string,
    defect: DefectFacts,
    readonly action: DefectAction,
  ) {
    super(message);
    this.defectId = defect.id;
    this.status = defect.status;
  }
}

/** A status change the lifecycle does not allow from the defect's status (e.g. verifying an open defect); `allowed` lists what may follow. */
export class DefectStatusTransitionError extends DefectTransitionError {
  override readonly name = 'DefectStatusTransitionError';

  constructor(
    defect: DefectFacts,
    action: DefectAction,
    readonly target: DefectStatus,
    readonly allowed: readonly DefectStatus[],
  ) {
    const next = allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : 'it is closed, nothing may follow';
    super(`Defect ${defect.id} is ${defect.status} and cannot become ${target}; ${next}.`, defect, action);
  }
}

/** A non-quality item (非质量问题) closed before the owner had a reply. */
export class OwnerReplyRequiredError extends DefectTransitionError {
  override readonly name = 'OwnerReplyRequiredError';

  constructor(defect: DefectFacts, action: DefectAction) {
    super(
      `Defect ${defect.id} is a non-quality item: reply to the owner first (POST /projects/${defect.projectId}/defects/${defect.id}/reply-to-owner), then close it.`,
      defect,
      action,
    );
  }
}

/** Only a defect not yet resolved can have its fix deferred past a gate. */
export class DefectNotDeferrableError extends DefectTransitionError {
  override readonly name = 'DefectNotDeferrableError';

  constructor(defect: DefectFacts) {
    super(
      `Defect ${defect.id} is ${defect.status}; only an open, assigned, fixed or disputed defect can be deferred.`,
      defect,
      'defer',
    );
  }
}

/** The owner answered (confirm or refuse) a defect whose fix nobody reported: only a fixed defect awaits the owner. */
export class DefectNotAwaitingOwnerError extends Error {
  override readonly name = 'DefectNotAwaitingOwnerError';
  readonly defectId: string;
  readonly status: DefectStatus;

  constructor(
    defect: DefectFacts,
    readonly answer: OwnerDefectAnswer,
  ) {
    super(`Defect ${defect.id} is ${defect.status}; the owner answers only a fix the company reported (fixed).`);
    this.defectId = defect.id;
    this.status = defect.status;
  }
}
