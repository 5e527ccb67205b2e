import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';

type Render = (params: ErrorParams) => string;

/** Refusals of the contacts, the notification centre and the delivery list. */
export const NOTIFICATION_ERROR_MESSAGES = {
  CONTACTS_FORBIDDEN: {
    'zh-CN': () => '只能查看或修改自己的联系方式；系统管理员可以修改任何人的。',
    en: () => 'You may read and change only your own contacts; an admin may change anyone’s.',
  },
  NOTIFICATION_NOT_FOUND: {
    'zh-CN': (p) => `找不到通知 ${p.notificationId}：它不存在，或不是发给您的。`,
    en: (p) => `No notification ${p.notificationId} for you.`,
  },
  CITY_RESPONSIBLE_UNKNOWN: {
    'zh-CN': (p) => `找不到用户 ${p.userId}：城市公司负责人须是系统中的用户。`,
    en: (p) => `No user ${p.userId}: the city company's responsible person must be a user of the product.`,
  },
  ESCALATION_LADDER_ORDER: {
    'zh-CN': (p) => `升级到集团的天数（${p.hqAfterDays}）须晚于升级到城市公司的天数（${p.cityAfterDays}）。`,
    en: (p) => `HQ's step (${p.hqAfterDays} days) must come after the city company's (${p.cityAfterDays} days).`,
  },
} satisfies Record<string, Record<Language, Render>>;
