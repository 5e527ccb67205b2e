import type { ErrorParams } from '@handover/domain';
import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type UnitFileImportResult = components['schemas']['UnitFileImportResultDto'];
export type UnitImportProblem = components['schemas']['UnitImportProblemDto'];

/**
 * A refused import (UNIT_IMPORT_REJECTED): nothing was stored; `problems` is the server's per-row report, each with
 * its code and params so the console words it in its own language.
 */
export class UnitImportRefusal extends ApiError {
  constructor(
    status: number,
    messages: string[],
    code: string | undefined,
    params: ErrorParams | undefined,
    readonly problems: UnitImportProblem[],
  ) {
    super(status, messages, code, params);
    this.name = 'UnitImportRefusal';
  }
}

/** Uploads the unit list (.xlsx or CSV) as multipart/form-data; the browser sets the boundary. */
export async function importUnitFile(projectId: string, file: File): Promise<UnitFileImportResult> {
  const result = await api
    .POST('/projects/{id}/units/import-file', {
      params: { path: { id: projectId } },
      // the generated type of a binary part is a string; the body is the File itself, sent as FormData
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    })
    .catch(() => {
      throw ApiError.from(0, undefined);
    });
  if (result.data && result.response.ok) return result.data;
  const body: unknown = result.error;
  const refusal = ApiError.from(result.response.status, body);
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (refusal.code === 'UNIT_IMPORT_REJECTED' && Array.isArray(errors)) {
    throw new UnitImportRefusal(
      refusal.status,
      refusal.messages,
      refusal.code,
      refusal.params,
      errors as UnitImportProblem[],
    );
  }
  throw refusal;
}
