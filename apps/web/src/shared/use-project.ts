import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';

/** One project's detail (timeline, milestones, time zone), shared by every page under /projects/:projectId. */
export function useProject(projectId: string) {
  return useQuery({
    queryKey: ['project', projectId],
    queryFn: () => call(api.GET('/projects/{id}', { params: { path: { id: projectId } } })),
  });
}
