import type { components } from '../src/api/schema';
import { call, ownerApi } from './owner-api';

export type WarrantyOverview = components['schemas']['OwnerWarrantyOverviewDto'];
export type WarrantyRequest = components['schemas']['OwnerWarrantyRequestDto'];
export type WarrantyPhoto = components['schemas']['OwnerWarrantyPhotoDto'];
export type WarrantyComponentName = components['schemas']['CreateOwnerWarrantyRequestDto']['component'];

/** The owner app's warranty calls (报修), one function per endpoint. */
export const warrantyOverview = (unitId: string) =>
  call(ownerApi.GET('/owner/me/units/{unitId}/warranty-requests', { params: { path: { unitId } } }));

export const createWarrantyRequest = (unitId: string, component: WarrantyComponentName, description: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/warranty-requests', {
      params: { path: { unitId } },
      body: { component, description },
    }),
  );

/** One photo as multipart/form-data, field `file` (the browser sets the boundary). */
export const uploadWarrantyPhoto = (unitId: string, ticketId: string, file: File) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/warranty-requests/{ticketId}/photos', {
      params: { path: { unitId, ticketId } },
      // the generated type of a binary part is a string; the body is the File itself, sent as FormData
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );

/** The photo's bytes with the owner session (an <img> cannot send the token). */
export const warrantyPhotoBlob = (unitId: string, ticketId: string, photoId: string) =>
  call(
    ownerApi.GET('/owner/me/units/{unitId}/warranty-requests/{ticketId}/photos/{photoId}', {
      params: { path: { unitId, ticketId, photoId } },
      parseAs: 'blob',
    }),
  ) as Promise<unknown> as Promise<Blob>;

export const acceptWarrantyVisit = (unitId: string, ticketId: string, visitId: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/warranty-requests/{ticketId}/visits/{visitId}/accept', {
      params: { path: { unitId, ticketId, visitId } },
    }),
  );

export const proposeWarrantyWindow = (unitId: string, ticketId: string, startsAt: string, endsAt: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/warranty-requests/{ticketId}/visit-windows', {
      params: { path: { unitId, ticketId } },
      body: { startsAt, endsAt },
    }),
  );

export const rateWarrantyRequest = (unitId: string, ticketId: string, rating: number, comment: string) =>
  call(
    ownerApi.POST('/owner/me/units/{unitId}/warranty-requests/{ticketId}/rating', {
      params: { path: { unitId, ticketId } },
      body: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
    }),
  );
