import { expect, type Page } from '@playwright/test';
import { apiAs, type TestUser } from './stack';

/** A message of the local SMS outbox (GET /sms-outbox), as an admin reads it. */
export interface SmsOutboxMessage {
  toMasked: string;
  template: string;
  params: Record<string, string | number>;
}

/** The phone the owner app is tested on: 390 × 844, touch, Chinese, in the product's default zone. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const;

export const maskedPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** Nothing on the page is wider than the phone's screen. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.viewport.width);
}

/** The newest sign-in code the local SMS outbox holds for `phone`, as an admin reads it. */
export async function codeFromOutbox(page: Page, admin: TestUser, phone: string): Promise<string> {
  const masked = maskedPhone(phone);
  let code = '';
  await expect(async () => {
    const outbox = await apiAs<{ items: SmsOutboxMessage[] }>(page.request, admin, 'GET', '/sms-outbox?pageSize=50');
    const message = outbox.items.find((m) => m.toMasked === masked && m.template === 'owner_sign_in_code');
    expect(message, `a code for ${masked} in the outbox`).toBeDefined();
    code = String(message!.params.code);
  }).toPass({ timeout: 10_000 });
  expect(code).toMatch(/^\d{6}$/);
  return code;
}
