/**
 * 通知渠道: where a notification reaches a person. The in-app centre always holds it; the others are sent to the
 * address in the person's contacts.
 */
export const NOTIFICATION_CHANNELS = ['in_app', 'wecom', 'dingtalk', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The channels sent to outside the product (企业微信, 钉钉, e-mail). */
export const EXTERNAL_CHANNELS = ['wecom', 'dingtalk', 'email'] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

/** What a notification is about, for choosing its channels. */
export const NOTIFICATION_TOPICS = [
  /** a gate's due date is near and the person still has to sign */
  'reminder',
  /** 升级: something overdue or at risk climbed to the person */
  'escalation',
  /** an approval waits for the person */
  'approval_waiting',
  /** a decision was made on the person's request */
  'decision_made',
  /** 每日交付简报 */
  'daily_briefing',
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export function isExternalChannel(value: string): value is ExternalChannel {
  return (EXTERNAL_CHANNELS as readonly string[]).includes(value);
}
