import { useCallback, useState } from 'react';
import { zonedTimeToInstant } from '@handover/domain/schedule/time-zone';
import {
  WARRANTY_COMPONENT_EN,
  WARRANTY_COMPONENT_ZH,
  type WarrantyComponent,
} from '@handover/domain/warranty/periods';
import type { Language } from '@handover/domain/errors/language';
import { useLanguage, useTexts } from './i18n';
import { Feedback } from './load-state';
import { OwnerPhoto } from './owner-photo';
import { localTime } from './owner-time';
import { useOwnerAction } from './use-owner-load';
import {
  acceptWarrantyVisit,
  proposeWarrantyWindow,
  rateWarrantyRequest,
  warrantyPhotoBlob,
  type WarrantyPhoto,
  type WarrantyRequest,
} from './warranty-requests';
import { WARRANTY_TEXTS } from './warranty-texts';

export const componentName = (component: string, language: Language) =>
  (language === 'en' ? WARRANTY_COMPONENT_EN : WARRANTY_COMPONENT_ZH)[component as WarrantyComponent] ?? component;

const PARTS = { morning: ['09:00', '12:00'], afternoon: ['14:00', '18:00'], evening: ['18:00', '21:00'] } as const;
type Part = keyof typeof PARTS;

/** A request's photo, read with the owner session. */
function Photo({ unitId, photo }: { unitId: string; photo: WarrantyPhoto }) {
  const read = useCallback(() => {
    const ticketId = photo.url.split('/warranty-requests/')[1]!.split('/')[0]!;
    return warrantyPhotoBlob(unitId, ticketId, photo.id);
  }, [unitId, photo.id, photo.url]);
  return <OwnerPhoto read={read} className="warranty-photo" />;
}

interface CardProps {
  unitId: string;
  request: WarrantyRequest;
  timeZone: string;
  /** the request as the API answered after a change */
  onChanged: (request: WarrantyRequest) => void;
}

/** One request: status, component and period, photos, visit times (accept, propose), rating once repaired. */
export function WarrantyRequestCard({ unitId, request, timeZone, onChanged }: CardProps) {
  const t = useTexts(WARRANTY_TEXTS);
  const { language } = useLanguage();
  const { busy, problem, notice, run } = useOwnerAction();
  const [day, setDay] = useState('');
  const [part, setPart] = useState<Part>('morning');
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');

  const act = (work: () => Promise<WarrantyRequest>, done: string) => run(async () => onChanged(await work()), done);

  const propose = () => {
    if (!day) return;
    const [from, to] = PARTS[part];
    const startsAt = new Date(zonedTimeToInstant(day, from, timeZone)).toISOString();
    const endsAt = new Date(zonedTimeToInstant(day, to, timeZone)).toISOString();
    void act(() => proposeWarrantyWindow(unitId, request.id, startsAt, endsAt), t('proposed'));
  };

  const open = request.status === 'reported' || request.status === 'visit_booked';
  return (
    <li className="warranty-card" data-testid="warranty-request" data-status={request.status}>
      <div className="warranty-card__head">
        <strong>{componentName(request.component, language)}</strong>
        <span className={`warranty-status warranty-status--${request.status}`}>
          {t(request.status as 'reported' | 'visit_booked' | 'repaired' | 'closed')}
        </span>
      </div>
      <p className="warranty-card__text">{request.description}</p>
      <p className="warranty-card__meta">
        {t('reportedAt', { time: localTime(request.reportedAt, timeZone) })} ·{' '}
        <span data-testid="warranty-in-period">{request.inWarranty ? t('inPeriod') : t('paidRepair')}</span>
      </p>
      {request.photos.length > 0 && (
        <div className="warranty-photos" aria-label={t('photos')}>
          {request.photos.map((photo) => (
            <Photo key={photo.id} unitId={unitId} photo={photo} />
          ))}
        </div>
      )}
      <Feedback problem={problem} notice={notice} />
      {request.visits.length > 0 && (
        <div className="warranty-block">
          <h3>{t('visits')}</h3>
          <ul className="warranty-visits">
            {request.visits.map((visit) => (
              <li key={visit.id}>
                <span>
                  {localTime(visit.startsAt, timeZone)}–{localTime(visit.endsAt, timeZone).slice(11)}
                </span>
                {visit.status === 'scheduled' ? (
                  visit.ownerAcceptedAt ? (
                    <span className="warranty-tag">{t('accepted')}</span>
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void act(() => acceptWarrantyVisit(unitId, request.id, visit.id), t('accepted'))}
                    >
                      {t('accept')}
                    </button>
                  )
                ) : (
                  <span className="warranty-tag">{visit.status === 'done' ? t('visitDone') : t('visitCancelled')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {request.proposedWindows.length > 0 && (
        <div className="warranty-block">
          <h3>{t('myWindows')}</h3>
          <ul className="warranty-visits">
            {request.proposedWindows.map((window) => (
              <li key={window.id}>
                {localTime(window.startsAt, timeZone)}–{localTime(window.endsAt, timeZone).slice(11)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open && (
        <div className="warranty-block">
          <h3>{t('proposeTitle')}</h3>
          <label className="field">
            <span>{t('proposeDate')}</span>
            <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
          </label>
          <div className="warranty-choices" role="radiogroup">
            {(Object.keys(PARTS) as Part[]).map((key) => (
              <button
                key={key}
                type="button"
                role="radio"
                aria-checked={part === key}
                className={part === key ? 'warranty-choice warranty-choice--on' : 'warranty-choice'}
                onClick={() => setPart(key)}
              >
                {t(key)}
              </button>
            ))}
          </div>
          <button type="button" className="primary" disabled={busy || !day} onClick={propose}>
            {t('propose')}
          </button>
        </div>
      )}
      {request.mayRate && (
        <div className="warranty-block">
          <h3>{t('rateTitle')}</h3>
          <div className="warranty-stars" role="radiogroup" aria-label={t('rateTitle')}>
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                role="radio"
                aria-checked={stars === n}
                aria-label={t('stars', { n })}
                className={n <= stars ? 'warranty-star warranty-star--on' : 'warranty-star'}
                onClick={() => setStars(n)}
              >
                ★
              </button>
            ))}
          </div>
          <label className="field">
            <span>{t('comment')}</span>
            <textarea
              className="warranty-textarea"
              maxLength={2000}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy || stars === 0}
            onClick={() => void act(() => rateWarrantyRequest(unitId, request.id, stars, comment), t('rated'))}
          >
            {t('rate')}
          </button>
        </div>
      )}
      {request.rating !== null && (
        <p className="warranty-card__meta" data-testid="warranty-rating">
          {t('yourRating', { n: request.rating })}
          {request.ratingComment ? ` · ${request.ratingComment}` : ''}
        </p>
      )}
    </li>
  );
}
