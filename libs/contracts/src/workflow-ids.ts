/** Business workflow id of a project's timeline: starting twice with the same id is refused by Temporal. */
export function projectWorkflowId(projectId: string): string {
  return `handover-project-${projectId}`;
}
