import { useCallback } from 'react';
import { STATE_LABELS } from '@handover/domain/unit-handover/labels';
import type { UnitHandoverState } from '@handover/domain/unit-handover/steps';
import { useLanguage } from './i18n';
import { LoadState } from './load-state';
import { call, ownerApi } from './owner-api';
import { navigate, unitPath } from './router';
import { useOwnerLoad } from './use-owner-load';

const isKnownState = (state: string): state is UnitHandoverState =>
  Object.prototype.hasOwnProperty.call(STATE_LABELS, state);

/** 我的房屋: the units whose owner phone is the signed-in number, in every project. */
export function UnitsScreen() {
  const { t, language } = useLanguage();
  const units = useOwnerLoad(useCallback(() => call(ownerApi.GET('/owner/me/units')).then((list) => list.items), []));

  const stateLabel = (state: string) =>
    isKnownState(state) ? STATE_LABELS[state][language === 'en' ? 'en' : 'zh'] : state;

  return (
    <main className="screen units">
      <h1>{t('myUnits')}</h1>
      <LoadState load={units} empty={t('noUnits')}>
        {(list) => (
          <ul className="unit-list">
            {list.map((unit) => (
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
      </LoadState>
    </main>
  );
}
