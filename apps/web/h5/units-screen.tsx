import { useEffect, useState } from 'react';
import { STATE_LABELS } from '@handover/domain/unit-handover/labels';
import type { UnitHandoverState } from '@handover/domain/unit-handover/steps';
import type { components } from '../src/api/schema';
import { useLanguage } from './i18n';
import { call, ownerApi, refusalText } from './owner-api';
import { navigate, unitPath } from './router';

type OwnerUnit = components['schemas']['OwnerUnitDto'];

const isKnownState = (state: string): state is UnitHandoverState =>
  Object.prototype.hasOwnProperty.call(STATE_LABELS, state);

/** 我的房屋: the units whose owner phone is the signed-in number, in every project. */
export function UnitsScreen() {
  const { t, language } = useLanguage();
  const [units, setUnits] = useState<OwnerUnit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call(ownerApi.GET('/owner/me/units')).then(
      (list) => current && setUnits(list.items),
      (error: unknown) => current && setProblem(refusalText(error, language, t)),
    );
    return () => {
      current = false;
    };
  }, [attempt, language, t]);

  const stateLabel = (state: string) =>
    isKnownState(state) ? STATE_LABELS[state][language === 'en' ? 'en' : 'zh'] : state;

  return (
    <main className="screen units">
      <h1>{t('myUnits')}</h1>
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
      ) : units === null ? (
        <p className="hint">{t('loading')}</p>
      ) : units.length === 0 ? (
        <p className="hint">{t('noUnits')}</p>
      ) : (
        <ul className="unit-list">
          {units.map((unit) => (
            <li key={unit.id} className="unit-card" data-testid="owner-unit">
              <div className="unit-card__project">{unit.projectName}</div>
              <div className="unit-card__address" aria-label={t('unitLabel')}>
                {unit.building}-{unit.unit}-{unit.room}
              </div>
              <dl>
                <dt>{t('handoverState')}</dt>
                <dd>
                  <span className={`state state--${unit.handoverState}`}>{stateLabel(unit.handoverState)}</span>
                </dd>
                <dt>{t('fitOut')}</dt>
                <dd>{unit.fitOut === 'fitted' ? t('fitted') : t('shell')}</dd>
                <dt>{t('contractedArea')}</dt>
                <dd>{t('squareMetres', { area: (unit.contractedAreaCenti / 100).toFixed(2) })}</dd>
              </dl>
              <button type="button" className="secondary unit-card__open" onClick={() => navigate(unitPath(unit.id))}>
                {t('openUnit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
