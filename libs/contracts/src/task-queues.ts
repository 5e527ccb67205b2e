/** Default task queue of the handover worker; the deployed value comes from TEMPORAL_TASK_QUEUE. */
export const DEFAULT_TASK_QUEUE = 'handover';
