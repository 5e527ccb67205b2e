import { useEffect, useState, type FormEvent } from 'react';
import type { components } from '../src/api/schema';
import { useLanguage, useTexts, type ScreenTexts } from './i18n';
import { call, ownerApi, refusalText } from './owner-api';
import type { UnitSectionProps } from './unit-sections';

type OwnerSurvey = components['schemas']['OwnerSurveyDto'];
type Answer = components['schemas']['SurveyAnswerDto'];
type Measure = 'importance' | 'expectation' | 'experience';
const MEASURES: Measure[] = ['importance', 'expectation', 'experience'];

const TEXTS: ScreenTexts<
  'title' | 'hint' | 'none' | 'loading' | 'answered' | 'send' | 'sent' | 'incomplete' | Measure
> = {
  'zh-CN': {
    title: '满意度调查',
    hint: '每一项请分别选择：它对您有多重要、您原本的期望、实际的体验（{min} 最低，{max} 最高）。',
    none: '本项目暂未开展满意度调查。',
    loading: '加载中…',
    answered: '您家已完成本次调查，谢谢！',
    send: '提交',
    sent: '已提交，谢谢您的评价。',
    incomplete: '请为每一项选择三个分数。',
    importance: '重要程度',
    expectation: '期望',
    experience: '体验',
  },
  en: {
    title: 'Satisfaction survey',
    hint: 'For each item choose how important it is to you, what you expected and what you experienced ({min} lowest, {max} highest).',
    none: 'This project has no survey yet.',
    loading: 'Loading…',
    answered: 'Your household has answered this survey, thank you!',
    send: 'Send',
    sent: 'Sent, thank you.',
    incomplete: 'Choose all three scores for every item.',
    importance: 'Importance',
    expectation: 'Expectation',
    experience: 'Experience',
  },
};

/** 满意度调查: importance, expectation and experience per dimension, one response per household. */
export function SurveyScreen({ unit }: UnitSectionProps) {
  const { t: shell, language } = useLanguage();
  const t = useTexts(TEXTS);
  const [survey, setSurvey] = useState<OwnerSurvey | null>(null);
  const [scores, setScores] = useState<Record<string, Partial<Record<Measure, number>>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call(ownerApi.GET('/owner/me/units/{unitId}/survey', { params: { path: { unitId: unit.id } } })).then(
      (found) => current && setSurvey(found),
      (error: unknown) => current && setProblem(refusalText(error, language, shell)),
    );
    return () => {
      current = false;
    };
  }, [unit.id, attempt, language, shell]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!survey) return;
    const answers: Answer[] = [];
    for (const dimension of survey.dimensions) {
      const given = scores[dimension.id] ?? {};
      if (MEASURES.some((measure) => given[measure] === undefined)) return setProblem(t('incomplete'));
      answers.push({ dimensionId: dimension.id, ...(given as Record<Measure, number>) });
    }
    setBusy(true);
    setProblem(null);
    try {
      await call(
        ownerApi.POST('/owner/me/units/{unitId}/survey', { params: { path: { unitId: unit.id } }, body: { answers } }),
      );
      setMessage(t('sent'));
      setAttempt((n) => n + 1);
    } catch (error) {
      setProblem(refusalText(error, language, shell));
    } finally {
      setBusy(false);
    }
  }

  const choices = survey
    ? Array.from({ length: survey.scale.max - survey.scale.min + 1 }, (_, i) => survey.scale.min + i)
    : [];

  return (
    <section className="survey">
      <h1>{t('title')}</h1>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {survey === null ? (
        !problem && <p className="hint">{t('loading')}</p>
      ) : survey.dimensions.length === 0 ? (
        <p className="hint">{t('none')}</p>
      ) : survey.response ? (
        <p className="notice">{t('answered')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p className="hint">{t('hint', { min: survey.scale.min, max: survey.scale.max })}</p>
          {survey.dimensions.map((dimension) => (
            <fieldset key={dimension.id} className="unit-card survey-dimension">
              <legend>{dimension.name}</legend>
              {MEASURES.map((measure) => (
                <label key={measure} className="field">
                  <span>{t(measure)}</span>
                  <select
                    aria-label={`${dimension.name} ${t(measure)}`}
                    value={scores[dimension.id]?.[measure] ?? ''}
                    onChange={(event) =>
                      setScores((all) => ({
                        ...all,
                        [dimension.id]: { ...all[dimension.id], [measure]: Number(event.target.value) },
                      }))
                    }
                  >
                    <option value="" disabled>
                      —
                    </option>
                    {choices.map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit" className="primary" disabled={busy}>
            {t('send')}
          </button>
        </form>
      )}
    </section>
  );
}
