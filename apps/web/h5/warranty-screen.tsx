import { useCallback, useState, type FormEvent } from 'react';
import { useLanguage, useTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { PhotoInput } from './owner-photo';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';
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
  const warranty = useOwnerLoad(useCallback(() => warrantyOverview(unit.id), [unit.id]));

  const replace = (changed: WarrantyRequest) =>
    warranty.setData((old) =>
      old ? { ...old, items: old.items.map((item) => (item.id === changed.id ? changed : item)) } : old,
    );

  return (
    <section className="warranty">
      <h1>{t('title')}</h1>
      <LoadState load={warranty}>
        {(overview) =>
          !overview.handedOver ? (
            <p className="hint" data-testid="warranty-not-handed-over">
              {t('notHandedOver')}
            </p>
          ) : (
            <>
              <NewRequestForm unitId={unit.id} components={overview.components} onSent={warranty.refresh} />
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
            </>
          )
        }
      </LoadState>
    </section>
  );
}

interface NewRequestFormProps {
  unitId: string;
  components: WarrantyOverview['components'];
  /** reads the requests again, whatever the sending came to */
  onSent: () => Promise<void>;
}

/** 我要报修: the component (its period shown as chosen), what is wrong, up to nine photos. */
function NewRequestForm({ unitId, components, onSent }: NewRequestFormProps) {
  const t = useTexts(WARRANTY_TEXTS);
  const { language } = useLanguage();
  const { busy, problem, notice, setProblem, setNotice, run } = useOwnerAction();
  const [component, setComponent] = useState<WarrantyComponentName | ''>('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setNotice(null);
    if (!component) return;
    if (!description.trim()) {
      setProblem(t('needDescription'));
      return;
    }
    await run(
      async () => {
        const created = await createWarrantyRequest(unitId, component, description.trim());
        for (const file of files) await uploadWarrantyPhoto(unitId, created.id, file);
        setDescription('');
        setFiles([]);
        setComponent('');
      },
      t('created'),
      onSent,
    );
  };

  const chosen = components.find((entry) => entry.component === component);
  return (
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
          {components.map((entry) => (
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
      <PhotoInput
        label={t('photo')}
        className="warranty-file"
        multiple
        onChange={(chosen) => setFiles(chosen.slice(0, 9))}
      />
      {files.length > 0 && <p className="hint">{t('photosChosen', { n: files.length })}</p>}
      <Feedback problem={problem} notice={notice} />
      <button type="submit" className="primary" disabled={busy || !component}>
        {busy ? t('working') : t('submit')}
      </button>
    </form>
  );
}
