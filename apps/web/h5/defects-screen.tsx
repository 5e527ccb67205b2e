import { useCallback, useState, type FormEvent } from 'react';
import { useTexts, type ScreenTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { OwnerPhoto, PhotoInput } from './owner-photo';
import {
  confirmFix,
  defectPhotoBlob,
  listDefects,
  refuseFix,
  reportIssue,
  type OwnerDefect,
  type OwnerDefectPhoto,
} from './owner-defects';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';

const TEXTS: ScreenTexts<
  | 'title'
  | 'hint'
  | 'none'
  | 'awaiting'
  | 'confirm'
  | 'notFixed'
  | 'reason'
  | 'photo'
  | 'sendRefusal'
  | 'cancel'
  | 'confirmed'
  | 'refused'
  | 'report'
  | 'reportHint'
  | 'description'
  | 'sendReport'
  | 'reported'
  | 'deadline'
  | 'reply'
  | 'photoRequired'
  | 'status.open'
  | 'status.assigned'
  | 'status.fixed'
  | 'status.verified'
  | 'status.cannot_fix'
  | 'status.disputed'
  | 'status.dismissed'
  | 'source.unit_inspection'
  | 'source.open_day'
  | 'source.handover_inspection'
  | 'source.after_handover'
  | 'source.owner_report'
> = {
  'zh-CN': {
    title: '我的问题',
    hint: '开放日、验房和交付时为您的房屋记录的问题，以及整改进度。',
    none: '暂无记录的问题。',
    awaiting: '施工单位已报整改完成，请您确认。',
    confirm: '确认已整改',
    notFixed: '未整改',
    reason: '哪里还没有修好？',
    photo: '照片',
    sendRefusal: '提交（退回整改）',
    cancel: '取消',
    confirmed: '已确认整改完成，谢谢。',
    refused: '已退回施工单位重新整改。',
    report: '报告新问题',
    reportHint: '交付前发现的问题，客服会安排处理。',
    description: '问题描述（位置和现象）',
    sendReport: '提交问题',
    reported: '问题已提交，客服会尽快处理。',
    deadline: '整改期限 {date}',
    reply: '答复：{text}',
    photoRequired: '请拍一张照片说明还未修好的地方。',
    'status.open': '待处理',
    'status.assigned': '整改中',
    'status.fixed': '待您确认',
    'status.verified': '已完成',
    'status.cannot_fix': '无法整改',
    'status.disputed': '有争议',
    'status.dismissed': '已撤销',
    'source.unit_inspection': '查验',
    'source.open_day': '开放日',
    'source.handover_inspection': '交付验房',
    'source.after_handover': '交付后',
    'source.owner_report': '本人报告',
  },
  en: {
    title: 'My issues',
    hint: 'Issues recorded for your home at the open day, inspections and handover, and how their repair is going.',
    none: 'No issues recorded.',
    awaiting: 'The contractor reports this fixed: please check it.',
    confirm: 'Confirm the fix',
    notFixed: 'Not fixed',
    reason: 'What is still not fixed?',
    photo: 'Photo',
    sendRefusal: 'Send back for repair',
    cancel: 'Cancel',
    confirmed: 'Fix confirmed, thank you.',
    refused: 'Sent back to the contractor.',
    report: 'Report a new issue',
    reportHint: 'Found something before handover? Customer service will arrange it.',
    description: 'What and where',
    sendReport: 'Send',
    reported: 'Sent; customer service will follow up.',
    deadline: 'Fix by {date}',
    reply: 'Reply: {text}',
    photoRequired: 'Add a photo of what is still not fixed.',
    'status.open': 'Open',
    'status.assigned': 'Being fixed',
    'status.fixed': 'Awaiting you',
    'status.verified': 'Done',
    'status.cannot_fix': 'Cannot be fixed',
    'status.disputed': 'Disputed',
    'status.dismissed': 'Withdrawn',
    'source.unit_inspection': 'Inspection',
    'source.open_day': 'Open day',
    'source.handover_inspection': 'Handover inspection',
    'source.after_handover': 'After handover',
    'source.owner_report': 'Reported by you',
  },
};

/** A defect's photo, read with the owner session. */
function Photo({ unitId, defectId, photo }: { unitId: string; defectId: string; photo: OwnerDefectPhoto }) {
  const read = useCallback(() => defectPhotoBlob(unitId, defectId, photo.id), [unitId, defectId, photo.id]);
  return <OwnerPhoto read={read} className="defects-photo" />;
}

interface CardProps {
  unitId: string;
  defect: OwnerDefect;
  onChanged: (message: string) => void;
}

/** One defect: where it was found, its status, photos; confirm or send back a fix that awaits the owner. */
function DefectCard({ unitId, defect, onChanged }: CardProps) {
  const t = useTexts(TEXTS);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const action = useOwnerAction();
  const { busy, problem, setProblem } = action;

  /** the parent says what was done, above the list it reads again */
  const run = (work: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await work();
      onChanged(done);
    });

  function sendRefusal(event: FormEvent) {
    event.preventDefault();
    if (!photo) return setProblem(t('photoRequired'));
    void run(() => refuseFix(unitId, defect.id, reason.trim(), [photo]), t('refused'));
  }

  return (
    <li className="unit-card defects-card" data-testid="owner-defect">
      <div className="unit-card__project">
        {t(`source.${defect.source}`)} · {defect.createdAt.slice(0, 10)}
      </div>
      <p className="defects-description">{defect.description}</p>
      <span className={`state defects-status--${defect.status}`}>{t(`status.${defect.status}`)}</span>
      {defect.deadline && defect.status !== 'verified' && (
        <span className="hint defects-deadline"> {t('deadline', { date: defect.deadline })}</span>
      )}
      {defect.ownerReply && <p className="hint">{t('reply', { text: defect.ownerReply })}</p>}
      {defect.photos.length > 0 && (
        <div className="defects-photos">
          {defect.photos.map((item) => (
            <Photo key={item.id} unitId={unitId} defectId={defect.id} photo={item} />
          ))}
        </div>
      )}
      <Feedback problem={problem} />
      {defect.awaitingOwner && !refusing && (
        <>
          <p className="notice">{t('awaiting')}</p>
          <div className="defects-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(() => confirmFix(unitId, defect.id), t('confirmed'))}
            >
              {t('confirm')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setRefusing(true)}>
              {t('notFixed')}
            </button>
          </div>
        </>
      )}
      {refusing && (
        <form className="defects-form" onSubmit={sendRefusal}>
          <label className="field">
            <span>{t('reason')}</span>
            <input value={reason} required maxLength={500} onChange={(event) => setReason(event.target.value)} />
          </label>
          <PhotoInput label={t('photo')} onChange={(files) => setPhoto(files[0] ?? null)} />
          <div className="defects-actions">
            <button type="submit" className="primary" disabled={busy || reason.trim() === ''}>
              {t('sendRefusal')}
            </button>
            <button type="button" className="secondary" onClick={() => setRefusing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** 报告新问题: before handover, an issue with a photo goes to customer service. */
function ReportForm({ unitId, onReported }: { unitId: string; onReported: (message: string) => void }) {
  const t = useTexts(TEXTS);
  const [description, setDescription] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  // a new file input after each report: the browser keeps the chosen file's name in the old one
  const [sent, setSent] = useState(0);
  const { busy, problem, run } = useOwnerAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await reportIssue(unitId, description.trim(), photo ? [photo] : []);
      setDescription('');
      setPhoto(null);
      setSent((n) => n + 1);
      onReported(t('reported'));
    });
  }

  return (
    <form className="unit-card defects-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('report')}</h2>
      <p className="hint">{t('reportHint')}</p>
      <Feedback problem={problem} />
      <label className="field">
        <span>{t('description')}</span>
        <input value={description} required maxLength={1000} onChange={(event) => setDescription(event.target.value)} />
      </label>
      <PhotoInput key={sent} label={t('photo')} onChange={(files) => setPhoto(files[0] ?? null)} />
      <button type="submit" className="primary" disabled={busy || description.trim() === ''}>
        {t('sendReport')}
      </button>
    </form>
  );
}

/** 我的问题: every defect recorded for the unit, confirm or send back a fix, report a new issue before handover. */
export function DefectsScreen({ unit }: UnitSectionProps) {
  const t = useTexts(TEXTS);
  const defects = useOwnerLoad(useCallback(() => listDefects(unit.id).then((page) => page.items), [unit.id]));
  const [message, setMessage] = useState<string | null>(null);

  const changed = (text: string) => {
    setMessage(text);
    defects.reload();
  };

  return (
    <section className="defects">
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      <Feedback notice={message} />
      <LoadState load={defects} empty={t('none')}>
        {(items) => (
          <ul className="unit-list">
            {items.map((defect) => (
              <DefectCard key={defect.id} unitId={unit.id} defect={defect} onChanged={changed} />
            ))}
          </ul>
        )}
      </LoadState>
      {unit.handoverState !== 'handed_over' && <ReportForm unitId={unit.id} onReported={changed} />}
    </section>
  );
}
