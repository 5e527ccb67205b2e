export { PHASE_KEYS, type PhaseKey } from '@handover/domain';
