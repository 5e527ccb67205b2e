import type { ReactNode } from 'react';
import { useLanguage } from './i18n';
import type { OwnerLoad } from './use-owner-load';

interface LoadStateProps<T> {
  load: Pick<OwnerLoad<T>, 'data' | 'problem' | 'reload'>;
  /** for a list: the hint shown instead of it while it is empty */
  empty?: string;
  /** what the screen shows once it has its data */
  children: (data: T) => ReactNode;
}

/** A screen's data once read (or `empty` for an empty list); until then 加载中…, or what went wrong with 重试. */
export function LoadState<T>({ load, empty, children }: LoadStateProps<T>) {
  const { t } = useLanguage();
  if (load.problem) {
    return (
      <div className="problem" role="alert">
        <p>{load.problem}</p>
        <button type="button" className="secondary" onClick={load.reload}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (load.data === null) return <p className="hint">{t('loading')}</p>;
  if (empty !== undefined && Array.isArray(load.data) && load.data.length === 0) return <p className="hint">{empty}</p>;
  return <>{children(load.data)}</>;
}

interface FeedbackProps {
  /** a refusal, shown as an alert */
  problem?: string | null;
  /** what was done, shown as a status */
  notice?: string | null;
  problemClass?: string;
  noticeClass?: string;
}

/** The outcome of the owner's last change: the refusal first, then what was done; nothing when there is neither. */
export function Feedback({ problem, notice, problemClass = 'problem', noticeClass = 'notice' }: FeedbackProps) {
  return (
    <>
      {problem && (
        <p className={problemClass} role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className={noticeClass} role="status">
          {notice}
        </p>
      )}
    </>
  );
}
