import {
  DEFECT_ACTION_TARGET,
  OwnerReplyRequiredError,
  applyDefectAction,
  type DefectAction,
  type DefectCategory,
  type DefectStatus,
} from '@handover/domain';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Defect = components['schemas']['DefectDto'];
export type DefectListItem = components['schemas']['DefectListItemDto'];
export type CreateDefectBody = components['schemas']['CreateDefectDto'];
export type DefectPhoto = components['schemas']['DefectPhotoDto'];

/** The lifecycle actions this console offers (the API's routes); a newer lifecycle's other actions are not shown. */
export const CONSOLE_DEFECT_ACTIONS = ['assign', 'fix', 'verify', 'cannot_fix', 'defer', 'reply_to_owner'] as const;
export type ConsoleDefectAction = (typeof CONSOLE_DEFECT_ACTIONS)[number];

/** What each action sends (the API's DTOs). */
export interface DefectActionBodies {
  assign: components['schemas']['AssignDefectDto'];
  fix: components['schemas']['DefectNoteDto'];
  verify: components['schemas']['DefectNoteDto'];
  cannot_fix: components['schemas']['CannotFixDefectDto'];
  defer: components['schemas']['DeferDefectDto'];
  reply_to_owner: components['schemas']['ReplyToOwnerDto'];
}

/** How an action stands for a defect: offered, offered but refused until the owner has had a reply, or not at all. */
export type ActionAvailability = 'allowed' | 'owner_reply_first' | 'not_allowed';

/**
 * Which of the console's actions a defect allows: an action that changes the status only when the server lists its
 * target in `allowedNext`, and every action only when the domain's lifecycle accepts it (a non-quality item is closed
 * only after the reply to the owner; a closed defect is not deferred).
 */
export function defectActionAvailability(
  defect: Pick<Defect, 'id' | 'projectId' | 'status' | 'category' | 'ownerReply' | 'allowedNext'>,
  action: ConsoleDefectAction,
): ActionAvailability {
  const target = DEFECT_ACTION_TARGET[action as DefectAction];
  if (target !== null && !(defect.allowedNext as readonly string[]).includes(target)) return 'not_allowed';
  try {
    applyDefectAction(
      {
        id: defect.id,
        projectId: defect.projectId,
        status: defect.status as DefectStatus,
        category: defect.category as DefectCategory,
        ownerReplied: defect.ownerReply !== null,
      },
      action as DefectAction,
    );
    return 'allowed';
  } catch (error) {
    return error instanceof OwnerReplyRequiredError ? 'owner_reply_first' : 'not_allowed';
  }
}

/** The actions worth a button for this defect, in the console's order. */
export function offeredDefectActions(
  defect: Parameters<typeof defectActionAvailability>[0],
): { action: ConsoleDefectAction; availability: Exclude<ActionAvailability, 'not_allowed'> }[] {
  return CONSOLE_DEFECT_ACTIONS.flatMap((action) => {
    const availability = defectActionAvailability(defect, action);
    return availability === 'not_allowed' ? [] : [{ action, availability }];
  });
}

/** Records a defect (POST /projects/{id}/defects). */
export function createDefect(projectId: string, body: CreateDefectBody): Promise<Defect> {
  return call(api.POST('/projects/{id}/defects', { params: { path: { id: projectId } }, body }));
}

/** A photo of the defect as found (before) or of its fix (after: the proof a fix needs). */
export type PhotoStage = 'before' | 'after';

/** Uploads one photo of a defect as multipart/form-data, field `file` (the browser sets the boundary). */
export async function uploadDefectPhoto(
  projectId: string,
  defectId: string,
  file: File,
  stage: PhotoStage,
): Promise<DefectPhoto> {
  return call(
    api.POST('/projects/{id}/defects/{defectId}/photos', {
      params: { path: { id: projectId, defectId }, query: { stage } },
      // the generated type of a binary part is a string; the body is the File itself, sent as FormData
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

/** One lifecycle action on a defect through its own route. */
export function runDefectAction<A extends ConsoleDefectAction>(
  projectId: string,
  defectId: string,
  action: A,
  body: DefectActionBodies[A],
): Promise<Defect> {
  const params = { path: { id: projectId, defectId } };
  switch (action) {
    case 'assign':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/assign', { params, body: body as DefectActionBodies['assign'] }),
      );
    case 'fix':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/fix', { params, body: body as DefectActionBodies['fix'] }),
      );
    case 'verify':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/verify', { params, body: body as DefectActionBodies['verify'] }),
      );
    case 'cannot_fix':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/cannot-fix', {
          params,
          body: body as DefectActionBodies['cannot_fix'],
        }),
      );
    case 'defer':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/defer', { params, body: body as DefectActionBodies['defer'] }),
      );
    case 'reply_to_owner':
      return call(
        api.POST('/projects/{id}/defects/{defectId}/reply-to-owner', {
          params,
          body: body as DefectActionBodies['reply_to_owner'],
        }),
      );
  }
  throw new RangeError(`Unknown defect action ${String(action)}`);
}

/** A photo refused by the server, with the file it was about. */
export class PhotoUploadError extends ApiError {
  constructor(
    readonly fileName: string,
    cause: unknown,
  ) {
    const error = cause instanceof ApiError ? cause : ApiError.from(0, undefined);
    super(error.status, error.messages, error.code, error.params);
    this.name = 'PhotoUploadError';
  }
}

/**
 * Uploads the photos one by one and reports which went in; stops at the first refusal (the rest are kept to retry).
 * `uploaded` files are never sent twice by a retry: the caller keeps the list.
 */
export async function uploadPhotos(
  projectId: string,
  defectId: string,
  files: readonly File[],
  stage: PhotoStage,
  onUploaded: (file: File) => void,
): Promise<void> {
  for (const file of files) {
    try {
      await uploadDefectPhoto(projectId, defectId, file, stage);
    } catch (error) {
      throw new PhotoUploadError(file.name, error);
    }
    onUploaded(file);
  }
}

/** The query keys a defect change touches: every list, the unit pages' lists, the summary and the detail. */
export const defectKeys = {
  lists: (projectId: string) => ['defects', projectId] as const,
  detail: (projectId: string, defectId: string) => ['defect', projectId, defectId] as const,
  summary: (projectId: string) => ['defect-summary', projectId] as const,
  photos: (projectId: string, defectId: string) => ['defect-photos', projectId, defectId] as const,
};
