import type { components } from '../src/api/schema';
import { call, ownerApi } from './owner-api';

export type OwnerDefect = components['schemas']['OwnerDefectDto'];
export type OwnerDefectPhoto = components['schemas']['OwnerDefectPhotoDto'];
export type OwnerObjection = components['schemas']['OwnerObjectionDto'];

/** Text fields and photos as multipart/form-data (the browser sets the boundary); photos go in the field `photos`. */
function formOf(fields: Record<string, string>, photos: readonly File[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const photo of photos) form.append('photos', photo, photo.name);
  return form;
}

/** 我的问题 and 异议: the owner app's calls, one function per endpoint. */
export const listDefects = (unitId: string) =>
  call(ownerApi.GET('/owner/me/units/{unitId}/defects', { params: { path: { unitId }, query: { pageSize: 100 } } }));

export const confirmFix = (unitId: string, defectId: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/defects/{defectId}/confirm', { params: { path: { unitId, defectId } } }),
  );

export const refuseFix = (unitId: string, defectId: string, reason: string, photos: readonly File[]) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/defects/{defectId}/refuse', {
      params: { path: { unitId, defectId } },
      // the generated type of a binary part is a string; the body is sent as FormData
      body: { reason, photos: photos as unknown as string[] },
      bodySerializer: () => formOf({ reason }, photos),
    }),
  );

export const reportIssue = (unitId: string, description: string, photos: readonly File[]) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/defects', {
      params: { path: { unitId } },
      body: { description, photos: photos as unknown as string[] },
      bodySerializer: () => formOf({ description }, photos),
    }),
  );

/** The photo's bytes with the owner session (an <img> cannot send the token). */
export const defectPhotoBlob = (unitId: string, defectId: string, photoId: string) =>
  call(
    ownerApi.GET('/owner/me/units/{unitId}/defects/{defectId}/photos/{photoId}', {
      params: { path: { unitId, defectId, photoId } },
      parseAs: 'blob',
    }),
  ) as Promise<unknown> as Promise<Blob>;

export const listObjections = (unitId: string) =>
  call(ownerApi.GET('/owner/me/units/{unitId}/objections', { params: { path: { unitId }, query: { pageSize: 100 } } }));

export const raiseObjection = (unitId: string, subject: string, description: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/objections', {
      params: { path: { unitId } },
      body: { subject, description },
    }),
  );
