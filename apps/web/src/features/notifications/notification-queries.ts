import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type NotificationItem = components['schemas']['NotificationCentreItemDto'];
export type NotificationPage = components['schemas']['NotificationCentrePageDto'];

/** Every query of the caller's notifications starts with this key, so one invalidation refreshes bell and page. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/**
 * How often the bell asks for news. TanStack Query pauses the interval while the tab is hidden and asks again when it
 * comes back, so an escalation shows within this time without a reload.
 */
export const NOTIFICATION_POLL_MS = 15_000;

/** How many of the latest notifications the bell lists. */
export const BELL_LIST_SIZE = 8;

export function useNotifications(
  query: { page: number; pageSize: number; unread?: boolean },
  options: { poll?: boolean } = {},
) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, query],
    queryFn: () =>
      call(
        api.GET('/notifications', {
          params: { query: { page: query.page, pageSize: query.pageSize, unread: query.unread || undefined } },
        }),
      ),
    refetchInterval: options.poll ? NOTIFICATION_POLL_MS : false,
    placeholderData: (previous) => previous,
  });
}

/** Marks one notification read; every list and the unread count are asked again. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/**
 * The console path a notification links to, inside the console's router (its basename is /console), or null when the
 * link is not a path of this console (a notification never sends the person elsewhere).
 */
export function consolePath(link: string): string | null {
  if (!link.startsWith('/') || link.startsWith('//')) return null;
  if (link === '/console' || link.startsWith('/console/')) return link.slice('/console'.length) || '/';
  return link;
}
