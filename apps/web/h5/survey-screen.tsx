import { useCallback, useState, type FormEvent } from 'react';
import type { components } from '../src/api/schema';
import { useTexts, type ScreenTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { call, ownerApi } from './owner-api';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';

type OwnerSurvey = components['schemas']['OwnerSurveyDto'];
type Answer = components['schemas']['SurveyAnswerDto'];
type Measure = 'importance' | 'expectation' | 'experience';
const MEASURES: Measure[] = ['importance', 'expectation', 'experience'];

const TEXTS: ScreenTexts<'title' | 'hint' | 'none' | 'answered' | 'send' | 'sent' | 'incomplete' | Measure> = {
  'zh-CN': {
    title: '满意度调查',
    hint: '每一项请分别选择：它对您有多重要、您原本的期望、实际的体验（{min} 最低，{max} 最高）。',
    none: '本项目暂未开展满意度调查。',
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
  const t = useTexts(TEXTS);
  const survey = useOwnerLoad(
    useCallback(
      () => call(ownerApi.GET('/owner/me/units/{unitId}/survey', { params: { path: { unitId: unit.id } } })),
      [unit.id],
    ),
  );
  const [message, setMessage] = useState<string | null>(null);
  const { busy, problem, setProblem, run } = useOwnerAction();

  async function send(answers: Answer[]) {
    await run(async () => {
      await call(
        ownerApi.POST('/owner/me/units/{unitId}/survey', { params: { path: { unitId: unit.id } }, body: { answers } }),
      );
      setMessage(t('sent'));
      survey.reload();
    });
  }

  return (
    <section className="survey">
      <h1>{t('title')}</h1>
      <Feedback notice={message} />
      <Feedback problem={problem} />
      <LoadState load={survey}>
        {(found) =>
          found.dimensions.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : found.response ? (
            <p className="notice">{t('answered')}</p>
          ) : (
            <SurveyForm survey={found} busy={busy} onIncomplete={() => setProblem(t('incomplete'))} onSend={send} />
          )
        }
      </LoadState>
    </section>
  );
}

interface SurveyFormProps {
  survey: OwnerSurvey;
  busy: boolean;
  /** a score is missing: nothing is sent */
  onIncomplete: () => void;
  onSend: (answers: Answer[]) => Promise<void>;
}

/** The three scores of every dimension, on the project's scale. */
function SurveyForm({ survey, busy, onIncomplete, onSend }: SurveyFormProps) {
  const t = useTexts(TEXTS);
  const [scores, setScores] = useState<Record<string, Partial<Record<Measure, number>>>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answers: Answer[] = [];
    for (const dimension of survey.dimensions) {
      const given = scores[dimension.id] ?? {};
      if (MEASURES.some((measure) => given[measure] === undefined)) return onIncomplete();
      answers.push({ dimensionId: dimension.id, ...(given as Record<Measure, number>) });
    }
    await onSend(answers);
  }

  const choices = Array.from({ length: survey.scale.max - survey.scale.min + 1 }, (_, i) => survey.scale.min + i);

  return (
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
  );
}
