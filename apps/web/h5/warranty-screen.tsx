import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLanguage, useTexts } from './i18n';
import { refusalText } from './owner-api';
import type { UnitSectionProps } from './unit-sections';
import { componentName, WarrantyRequestCard } from './warranty-request-card';
import {
  createWarrantyRequest,
  uploadWarrantyPhoto,
  warrantyOverview,
  type WarrantyComponentName,
  type WarrantyOverview,
  type WarrantyRequest,
} from './warranty-requests';
import { WARRANTY_TEXTS } from './warranty-texts';

/** 报修: after handover, a new request (component with its period, description, photos) and the household's requests. */
export function WarrantyScreen({ unit }: UnitSectionProps) {
  const t = useTexts(WARRANTY_TEXTS);
  const { language, t: common } = useLanguage();
  const [overview, setOverview] = useState<WarrantyOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [component, setComponent] = useState<WarrantyComponentName | ''>('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => warrantyOverview(unit.id).then(setOverview), [unit.id]);

  useEffect(() => {
    let current = true;
    warrantyOverview(unit.id)
      .then((answer) => current && setOverview(answer))
      .catch((error: unknown) => current && setProblem(refusalText(error, language, common)));
    return () => {
      current = false;
    };
  }, [unit.id, attempt, language, common]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setNotice(null);
    if (!component) return;
    if (!description.trim()) {
      setProblem(t('needDescription'));
      return;
    }
    setBusy(true);
    try {
      const created = await createWarrantyRequest(unit.id, component, description.trim());
      for (const file of files) await uploadWarrantyPhoto(unit.id, created.id, file);
      setDescription('');
      setFiles([]);
      setComponent('');
      setNotice(t('created'));
    } catch (error) {
      setProblem(refusalText(error, language, common));
    }
    try {
      await load();
    } catch (error) {
      setProblem(refusalText(error, language, common));
    }
    setBusy(false);
  };

  const replace = (changed: WarrantyRequest) =>
    setOverview((old) =>
      old ? { ...old, items: old.items.map((item) => (item.id === changed.id ? changed : item)) } : old,
    );

  if (overview === null) {
    return (
      <section className="warranty">
        <h1>{t('title')}</h1>
        {problem ? (
          <div className="problem" role="alert">
            <p>{problem}</p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setProblem(null);
                setAttempt((n) => n + 1);
              }}
            >
              {t('retry')}
            </button>
          </div>
        ) : (
          <p className="hint">{t('loading')}</p>
        )}
      </section>
    );
  }

  if (!overview.handedOver) {
    return (
      <section className="warranty">
        <h1>{t('title')}</h1>
        <p className="hint" data-testid="warranty-not-handed-over">
          {t('notHandedOver')}
        </p>
      </section>
    );
  }

  const chosen = overview.components.find((entry) => entry.component === component);
  return (
    <section className="warranty">
      <h1>{t('title')}</h1>
      <form className="warranty-form" onSubmit={(event) => void submit(event)}>
        <h2>{t('newRequest')}</h2>
        <label className="field">
          <span>{t('component')}</span>
          <select
            className="warranty-select"
            value={component}
            required
            onChange={(event) => setComponent(event.target.value as WarrantyComponentName)}
          >
            <option value="" disabled>
              —
            </option>
            {overview.components.map((entry) => (
              <option key={entry.component} value={entry.component}>
                {componentName(entry.component, language)}
              </option>
            ))}
          </select>
        </label>
        {chosen && (
          <p className={chosen.inWarranty ? 'warranty-period' : 'warranty-period warranty-period--out'}>
            {chosen.inWarranty ? t('inPeriod') : t('outOfPeriod')} · {t('coveredUntil', { date: chosen.coveredUntil })}
          </p>
        )}
        <label className="field">
          <span>{t('description')}</span>
          <textarea
            className="warranty-textarea"
            maxLength={4000}
            placeholder={t('descriptionPlaceholder')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <label className="warranty-file">
          <span>{t('photo')}</span>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            onChange={(event) => setFiles(Array.from(event.target.files ?? []).slice(0, 9))}
          />
        </label>
        {files.length > 0 && <p className="hint">{t('photosChosen', { n: files.length })}</p>}
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || !component}>
          {busy ? t('working') : t('submit')}
        </button>
      </form>
      <h2>{t('myRequests')}</h2>
      {overview.items.length === 0 ? (
        <p className="hint">{t('none')}</p>
      ) : (
        <ul className="warranty-list">
          {overview.items.map((request) => (
            <WarrantyRequestCard
              key={request.id}
              unitId={unit.id}
              request={request}
              timeZone={overview.timeZone}
              onChanged={replace}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
