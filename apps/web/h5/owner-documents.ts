import type { components } from '../src/api/schema';
import { ApiError } from '../src/api/api-error';
import { call, ownerApi } from './owner-api';

export type SignedDocument = components['schemas']['SignedDocumentDto'];
export type DocumentDraft = components['schemas']['OwnerDocumentDraftDto'];
export type OwnerDocument = SignedDocument['document'];

/** In the order the owner signs them: 验房单 after 验房, 收楼确认书 after 钥匙交接. */
export const OWNER_DOCUMENTS: OwnerDocument[] = ['inspection_record', 'handover_confirmation'];

export const listSignedDocuments = (unitId: string) =>
  call(ownerApi.GET('/owner/me/units/{unitId}/documents', { params: { path: { unitId } } }));

/** What the owner would sign now; the refusal (409 OWNER_SIGNATURE_NOT_YET or _CLOSED) as a value, not a throw. */
export async function documentDraft(unitId: string, document: OwnerDocument): Promise<DocumentDraft | ApiError> {
  try {
    return await call(
      ownerApi.GET('/owner/me/units/{unitId}/documents/{document}/draft', { params: { path: { unitId, document } } }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return error;
    throw error;
  }
}

export const signDocument = (unitId: string, document: OwnerDocument, signaturePng: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/signatures', {
      params: { path: { unitId } },
      body: { document, signaturePng },
    }),
  );

export const signedPdf = (unitId: string, document: OwnerDocument) =>
  call(
    ownerApi.GET('/owner/me/units/{unitId}/documents/{document}.pdf', {
      params: { path: { unitId, document } },
      parseAs: 'blob',
    }),
  ) as Promise<unknown> as Promise<Blob>;

/** Hands a downloaded file to the phone's browser (保存/打开). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
