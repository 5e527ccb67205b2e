import { useCallback, useState, type FormEvent } from 'react';
import { useTexts, type ScreenTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { listObjections, raiseObjection } from './owner-defects';
import { localTime } from './owner-time';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';

const TEXTS: ScreenTexts<
  | 'title'
  | 'hint'
  | 'none'
  | 'subject'
  | 'description'
  | 'send'
  | 'sent'
  | 'replyBy'
  | 'replyPending'
  | 'reply'
  | 'status.received'
  | 'status.accepted'
  | 'status.investigating'
  | 'status.responsibility_determined'
  | 'status.replied'
> = {
  'zh-CN': {
    title: '异议',
    hint: '对交付、房屋或费用有异议，可在此提出；客服受理后会给出承诺答复时间。',
    none: '您还没有提出异议。',
    subject: '事项（一句话）',
    description: '详细说明',
    send: '提交异议',
    sent: '异议已提交，客服会尽快受理。',
    replyBy: '承诺答复时间：{time}',
    replyPending: '待客服受理',
    reply: '答复：{text}',
    'status.received': '已提交',
    'status.accepted': '已受理',
    'status.investigating': '调查中',
    'status.responsibility_determined': '已定责',
    'status.replied': '已答复',
  },
  en: {
    title: 'Objections',
    hint: 'Object to the handover, the home or an amount here; customer service commits to a reply time.',
    none: 'You have raised no objection.',
    subject: 'About (one line)',
    description: 'Details',
    send: 'Raise objection',
    sent: 'Sent; customer service will take it up.',
    replyBy: 'Reply promised by {time}',
    replyPending: 'Awaiting customer service',
    reply: 'Reply: {text}',
    'status.received': 'Received',
    'status.accepted': 'Accepted',
    'status.investigating': 'Investigating',
    'status.responsibility_determined': 'Responsibility set',
    'status.replied': 'Replied',
  },
};

/** 异议: raise one, see the committed reply time, read the reply. */
export function ObjectionsScreen({ unit }: UnitSectionProps) {
  const t = useTexts(TEXTS);
  const objections = useOwnerLoad(useCallback(() => listObjections(unit.id).then((page) => page.items), [unit.id]));
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { busy, problem, run } = useOwnerAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await raiseObjection(unit.id, subject.trim(), description.trim());
      setSubject('');
      setDescription('');
      setMessage(t('sent'));
      objections.reload();
    });
  }

  return (
    <section className="objections">
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      <Feedback notice={message} />
      <Feedback problem={problem} />
      <form className="unit-card" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('subject')}</span>
          <input value={subject} required maxLength={200} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('description')}</span>
          <input
            value={description}
            required
            maxLength={2000}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy || !subject.trim() || !description.trim()}>
          {t('send')}
        </button>
      </form>
      <LoadState load={objections} empty={t('none')}>
        {(items) => (
          <ul className="unit-list">
            {items.map((item) => (
              <li key={item.id} className="unit-card" data-testid="owner-objection">
                <div className="unit-card__project">{localTime(item.receivedAt, unit.timeZone)}</div>
                <strong>{item.subject}</strong>
                <p>{item.description}</p>
                <span className="state">{t(`status.${item.status}`)}</span>{' '}
                <span className="hint">
                  {item.replyDeadline
                    ? t('replyBy', { time: localTime(item.replyDeadline, unit.timeZone) })
                    : t('replyPending')}
                </span>
                {item.replyContent && <p className="notice">{t('reply', { text: item.replyContent })}</p>}
              </li>
            ))}
          </ul>
        )}
      </LoadState>
    </section>
  );
}
