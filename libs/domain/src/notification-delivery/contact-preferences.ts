import type { ExternalChannel, NotificationTopic } from './channels';

/** A person's addresses on the external channels; null when they have none there. */
export interface ContactAddresses {
  email: string | null;
  /** 企业微信 userid */
  wecomUserId: string | null;
  /** 钉钉 userid */
  dingtalkUserId: string | null;
  mobile: string | null;
}

/** Which external channels a person wants for each topic (the in-app centre always has everything). */
export type ChannelPreferences = Record<NotificationTopic, ExternalChannel[]>;

/** 免打扰时段: local 'HH:mm' in the person's time zone; start after end wraps past midnight; equal means none. */
export interface QuietHours {
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: Readonly<QuietHours> = Object.freeze({ start: '21:00', end: '08:00' });

/** Defaults: the chat channels for what needs the person, e-mail too for escalations; the briefing by subscription. */
export const DEFAULT_CHANNEL_PREFERENCES: Readonly<ChannelPreferences> = Object.freeze({
  reminder: ['wecom', 'dingtalk'],
  escalation: ['wecom', 'dingtalk', 'email'],
  approval_waiting: ['wecom', 'dingtalk'],
  decision_made: ['wecom', 'dingtalk'],
  daily_briefing: [],
});

const ADDRESS_OF: Record<ExternalChannel, keyof ContactAddresses> = {
  wecom: 'wecomUserId',
  dingtalk: 'dingtalkUserId',
  email: 'email',
};

/** The address a channel sends to, or null when the person has none there. */
export function addressOn(channel: ExternalChannel, contacts: ContactAddresses): string | null {
  return contacts[ADDRESS_OF[channel]];
}

/**
 * The external channels a notification of `topic` goes out on: those the person chose, where they have an address,
 * among the channels this installation is configured for. In the order the person listed them.
 */
export function channelsFor(
  topic: NotificationTopic,
  preferences: ChannelPreferences,
  contacts: ContactAddresses,
  configured: ReadonlySet<ExternalChannel>,
): ExternalChannel[] {
  return preferences[topic].filter((channel) => configured.has(channel) && addressOn(channel, contacts) !== null);
}

/** Preferences as stored, completed with the defaults for topics the person never set. */
export function withDefaultPreferences(stored: Partial<ChannelPreferences> | null | undefined): ChannelPreferences {
  return { ...DEFAULT_CHANNEL_PREFERENCES, ...(stored ?? {}) };
}

/** A quiet-hours bound: local 'HH:mm'. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 企业微信 and 钉钉 userids: letters, digits and . _ @ - */
export const CHAT_USER_ID_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;

/** A mainland mobile number, or an international one with its + prefix. */
export const MOBILE_PATTERN = /^(1[3-9]\d{9}|\+[1-9]\d{7,14})$/;
