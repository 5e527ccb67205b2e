import { useCallback } from 'react';
import type { components } from '../src/api/schema';
import { useTexts, type ScreenTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { call, ownerApi } from './owner-api';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';

type Preferences = components['schemas']['OwnerMessagePreferencesDto'];
type Kind = keyof Preferences;
const KINDS: Kind[] = ['handoverNotice', 'bookingReminder', 'objectionReply', 'repairVisit'];

type Key = 'title' | 'hint' | 'signInCode' | 'saved' | Kind | `${Kind}Hint`;

const TEXTS: ScreenTexts<Key> = {
  'zh-CN': {
    title: '消息设置',
    hint: '选择接收哪些短信。设置按您的手机号生效，适用于您名下的所有房屋。',
    signInCode: '登录验证码短信始终发送，不能关闭。',
    saved: '已保存。',
    handoverNotice: '交付通知',
    handoverNoticeHint: '交付时间、地点，由项目发出',
    bookingReminder: '预约提醒',
    bookingReminderHint: '预约时段前一天上午 10 点提醒',
    objectionReply: '异议答复',
    objectionReplyHint: '您提出的异议有答复时通知',
    repairVisit: '报修上门',
    repairVisitHint: '维修人员上门时间安排后通知',
  },
  en: {
    title: 'Messages',
    hint: 'Choose which text messages you get. The choice goes with your phone number, for all of your homes.',
    signInCode: 'Sign-in codes are always sent and cannot be turned off.',
    saved: 'Saved.',
    handoverNotice: 'Handover notice',
    handoverNoticeHint: 'When and where the handover takes place, sent by the project',
    bookingReminder: 'Booking reminder',
    bookingReminderHint: 'At 10:00 the day before a booked time',
    objectionReply: 'Objection reply',
    objectionReplyHint: 'When an objection you raised is answered',
    repairVisit: 'Repair visit',
    repairVisitHint: 'When a repair visit has been scheduled',
  },
};

/** 消息设置: which text messages the signed-in number gets (per number, so for all its units); saved on each change. */
export function MessageSettingsScreen(_props: UnitSectionProps) {
  const t = useTexts(TEXTS);
  const preferences = useOwnerLoad(useCallback(() => call(ownerApi.GET('/owner/me/message-preferences')), []));
  const { busy, problem, notice, run } = useOwnerAction();

  async function change(kind: Kind, enabled: boolean) {
    await run(async () => {
      const saved = await call(ownerApi.PUT('/owner/me/message-preferences', { body: { [kind]: enabled } }));
      preferences.setData(saved);
    }, t('saved'));
  }

  return (
    <section className="message-settings">
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      <Feedback problem={problem} notice={notice} />
      <LoadState load={preferences}>
        {(found) => (
          <>
            {KINDS.map((kind) => (
              <label
                key={kind}
                className="unit-card"
                style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-start' }}
              >
                <input
                  type="checkbox"
                  checked={found[kind]}
                  disabled={busy}
                  onChange={(event) => void change(kind, event.target.checked)}
                />
                <span>
                  <strong>{t(kind)}</strong>
                  <br />
                  <span className="hint">{t(`${kind}Hint`)}</span>
                </span>
              </label>
            ))}
            <p className="hint">{t('signInCode')}</p>
          </>
        )}
      </LoadState>
    </section>
  );
}
