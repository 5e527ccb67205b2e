import { useEffect, useState } from 'react';
import { ApiError } from '../src/api/api-error';
import { useLanguage } from './i18n';
import { call, ownerApi, refusalText } from './owner-api';
import { navigate, OWNER_APP_BASE, unitPath } from './router';
import { findSection, UNIT_SECTIONS, type OwnerUnit } from './unit-sections';

interface UnitHomeScreenProps {
  unitId: string;
  section?: string;
}

/** One of the owner's units: its sections (交付通知书, 预约, 我的问题, …), or the one the path names. */
export function UnitHomeScreen({ unitId, section }: UnitHomeScreenProps) {
  const { t, language } = useLanguage();
  const [unit, setUnit] = useState<OwnerUnit | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setUnit(null);
    call(ownerApi.GET('/owner/me/units/{unitId}', { params: { path: { unitId } } })).then(
      (found) => current && setUnit(found),
      (error: unknown) =>
        current &&
        setProblem(
          error instanceof ApiError && error.status === 404 ? t('unitNotFound') : refusalText(error, language, t),
        ),
    );
    return () => {
      current = false;
    };
  }, [unitId, attempt, language, t]);

  const open = findSection(section);
  const backTo = open ? unitPath(unitId) : OWNER_APP_BASE;

  return (
    <main className="screen unit-home">
      <button type="button" className="link back" onClick={() => navigate(backTo)}>
        ‹ {t('back')}
      </button>
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
      ) : unit === null ? (
        <p className="hint">{t('loading')}</p>
      ) : open ? (
        <open.Screen unit={unit} />
      ) : (
        <>
          <div className="unit-card__project">{unit.projectName}</div>
          <h1>
            {unit.building}-{unit.unit}-{unit.room}
          </h1>
          <ul className="section-list">
            {UNIT_SECTIONS.map((entry) => (
              <li key={entry.key}>
                <a
                  className="section-link"
                  href={unitPath(unitId, entry.key)}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(unitPath(unitId, entry.key));
                  }}
                >
                  <span className="section-link__title">{entry.title[language]}</span>
                  <span className="section-link__summary">{entry.summary[language]}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
