import type { QueryClient } from '@tanstack/react-query';
import { UNIT_HANDOVER_STEPS } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type HandoverStep = NonNullable<Schemas['UnitHandoverViewDto']['nextStep']>;
export type StepResult = Schemas['UnitHandoverStepResultDto'];

/** The per-unit handover steps in the guideline's order: 签到 → 面积补差 → 缴费 → 验房 → 钥匙 → 资料 → 礼品 → 交付完成. */
export const HANDOVER_STEPS: readonly HandoverStep[] = UNIT_HANDOVER_STEPS;

/** What a step records besides an optional note. */
export type StepBody =
  | { step: 'inspected'; body: Schemas['InspectDto'] }
  | { step: 'documents_handed_over'; body: Schemas['HandOverDocumentsDto'] }
  | { step: 'gift_recorded'; body: Schemas['RecordGiftDto'] }
  | {
      step: Exclude<HandoverStep, 'inspected' | 'documents_handed_over' | 'gift_recorded'>;
      body: Schemas['StepNoteDto'];
    };

/** Records one step through its own endpoint; the server refuses (409) a step out of order or repeated. */
export function recordStep(projectId: string, unitId: string, request: StepBody): Promise<StepResult> {
  const params = { path: { id: projectId, unitId } };
  switch (request.step) {
    case 'checked_in':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/check-in', { params, body: request.body }));
    case 'area_settled':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/settle-area', { params, body: request.body }));
    case 'fees_paid':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/pay-fees', { params, body: request.body }));
    case 'inspected':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/inspect', { params, body: request.body }));
    case 'keys_handed_over':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/hand-over-keys', { params, body: request.body }));
    case 'documents_handed_over':
      return call(
        api.POST('/projects/{id}/units/{unitId}/handover/hand-over-documents', { params, body: request.body }),
      );
    case 'gift_recorded':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/record-gift', { params, body: request.body }));
    case 'handed_over':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/complete', { params, body: request.body }));
  }
}

/** The owner's actions outside the step order: 拒收 (ends the flow), 交付异议 (pauses it) and resolving the objection. */
export type OwnerAction =
  | { action: 'refuse'; body: Schemas['RefuseHandoverDto'] }
  | { action: 'object'; body: Schemas['RaiseObjectionDto'] }
  | { action: 'resolve'; body: Schemas['ResolveObjectionDto'] };

/** Records an owner action; the server refuses (409) one the unit's state does not allow, e.g. a second objection. */
export function recordOwnerAction(projectId: string, unitId: string, request: OwnerAction): Promise<StepResult> {
  const params = { path: { id: projectId, unitId } };
  switch (request.action) {
    case 'refuse':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/refuse', { params, body: request.body }));
    case 'object':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/object', { params, body: request.body }));
    case 'resolve':
      return call(api.POST('/projects/{id}/units/{unitId}/handover/resolve-objection', { params, body: request.body }));
  }
}

/** Query keys of what a recorded step changes. */
export const handoverKeys = {
  detail: (projectId: string, unitId: string) => ['unit-handover', projectId, unitId] as const,
  dues: (projectId: string, unitId: string) => ['unit-dues', projectId, unitId] as const,
  grid: (projectId: string) => ['unit-grid', projectId] as const,
  search: (projectId: string) => ['unit-search', projectId] as const,
};

/** Refetches everything a recorded step or owner action changes: the unit, its dues, the grid and desk searches. */
export function invalidateHandover(queryClient: QueryClient, projectId: string, unitId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: handoverKeys.detail(projectId, unitId) }),
    queryClient.invalidateQueries({ queryKey: handoverKeys.dues(projectId, unitId) }),
    queryClient.invalidateQueries({ queryKey: handoverKeys.grid(projectId) }),
    queryClient.invalidateQueries({ queryKey: handoverKeys.search(projectId) }),
  ]);
}
