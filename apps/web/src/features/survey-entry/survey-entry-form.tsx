import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography, type InputRef, type RefSelectProps } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_SCORE_MAX, SURVEY_SCORE_MIN, unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';

type Dimension = components['schemas']['SurveyDimensionDto'];
type Unit = components['schemas']['UnitSummaryDto'];
const SCORES = ['importance', 'expectation', 'experience'] as const;
type Score = (typeof SCORES)[number];
type Typed = Record<string, Record<Score, string>>;

/** A typed score as the API takes it, or null unless it is a whole number on the survey's scale. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= SURVEY_SCORE_MIN && value <= SURVEY_SCORE_MAX ? value : null;
}

const emptyScores = (dimensions: Dimension[]): Typed =>
  Object.fromEntries(dimensions.map((d) => [d.id, { importance: '', expectation: '', experience: '' }]));

const unitLabel = (unit: Unit) => unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room });

/**
 * Typing paper questionnaires in (POST /projects/{id}/survey/responses), keyboard first: the unit, then importance,
 * expectation and experience per dimension; Tab or Enter moves on, Enter in the last field saves, and the form
 * clears and returns to the unit after a save. Counts what this session entered.
 */
export function SurveyEntryForm({ projectId, dimensions }: { projectId: string; dimensions: Dimension[] }) {
  const { t } = useTranslation('surveyEntry');
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<Unit | undefined>();
  const [scores, setScores] = useState<Typed>(() => emptyScores(dimensions));
  const [showInvalid, setShowInvalid] = useState(false);
  const [entered, setEntered] = useState(0);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const unitRef = useRef<RefSelectProps>(null);
  const fields = useRef<(InputRef | null)[]>([]);

  const [search, setSearch] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const units = useQuery({
    queryKey: ['survey-entry-units', projectId, settled],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/units', {
          params: { path: { id: projectId }, query: { search: settled || undefined, page: 1, pageSize: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const options = units.data?.items ?? [];

  const save = useMutation({
    mutationFn: (body: components['schemas']['CreateSurveyResponseDto']) =>
      call(api.POST('/projects/{id}/survey/responses', { params: { path: { id: projectId } }, body })),
    onSuccess: () => {
      setLastSaved(unit ? unitLabel(unit) : null);
      setEntered((count) => count + 1);
      setUnit(undefined);
      setSearch('');
      setScores(emptyScores(dimensions));
      setShowInvalid(false);
      void queryClient.invalidateQueries({ queryKey: ['survey-dimensions', projectId] });
      void queryClient.invalidateQueries({ queryKey: ['survey-analysis', projectId] });
      setTimeout(() => unitRef.current?.focus(), 0);
    },
  });

  const order = dimensions.flatMap((d) => SCORES.map((score) => ({ dimensionId: d.id, score })));
  const invalid = (dimensionId: string, score: Score) => parseScore(scores[dimensionId]?.[score] ?? '') === null;
  const allValid = order.every(({ dimensionId, score }) => !invalid(dimensionId, score));

  function submit() {
    setShowInvalid(true);
    if (!unit) {
      unitRef.current?.focus();
      return;
    }
    const firstInvalid = order.findIndex(({ dimensionId, score }) => invalid(dimensionId, score));
    if (firstInvalid >= 0) {
      fields.current[firstInvalid]?.focus();
      return;
    }
    save.mutate({
      unitId: unit.id,
      answers: dimensions.map((d) => ({
        dimensionId: d.id,
        importance: parseScore(scores[d.id].importance)!,
        expectation: parseScore(scores[d.id].expectation)!,
        experience: parseScore(scores[d.id].experience)!,
      })),
    });
  }

  function onFieldKey(index: number, event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (index + 1 < order.length) fields.current[index + 1]?.focus();
    else submit();
  }

  return (
    <div data-testid="survey-entry-form">
      <Typography.Paragraph type="secondary">{t('form.hint')}</Typography.Paragraph>
      {save.isError && <ApiErrorAlert error={save.error} />}
      {lastSaved && !save.isError && (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('form.saved', { unit: lastSaved })} />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('form.unit')}</Typography.Text>
        <Select
          ref={unitRef}
          autoFocus
          style={{ minWidth: 280 }}
          value={unit?.id ?? null}
          placeholder={t('form.unitPlaceholder')}
          status={showInvalid && !unit ? 'error' : undefined}
          loading={units.isFetching}
          showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
          defaultActiveFirstOption
          onChange={(id: string | null) => {
            const chosen = options.find((candidate) => candidate.id === id);
            setUnit(chosen);
            if (chosen) setTimeout(() => fields.current[0]?.focus(), 0);
          }}
          options={options.map((u) => ({ value: u.id, label: `${unitLabel(u)} · ${u.ownerName}` }))}
          data-testid="survey-entry-unit"
        />
        {showInvalid && !unit && <Typography.Text type="danger">{t('form.unitRequired')}</Typography.Text>}
        <Tag color="blue" data-testid="survey-entry-count">
          {t('form.entered', { count: entered })}
        </Tag>
      </Space>
      <Table<Dimension>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dimensions}
        columns={[
          { title: t('form.dimension'), dataIndex: 'name' },
          ...SCORES.map((score, column) => ({
            title: `${t(`form.${score}`)} (${SURVEY_SCORE_MIN}–${SURVEY_SCORE_MAX})`,
            key: score,
            render: (_: unknown, row: Dimension, rowIndex: number) => {
              const index = rowIndex * SCORES.length + column;
              const bad = showInvalid && invalid(row.id, score);
              return (
                <Input
                  ref={(element) => {
                    fields.current[index] = element;
                  }}
                  inputMode="numeric"
                  maxLength={2}
                  style={{ width: 72 }}
                  status={bad ? 'error' : undefined}
                  title={bad ? t('form.scoreInvalid', { min: SURVEY_SCORE_MIN, max: SURVEY_SCORE_MAX }) : undefined}
                  aria-label={`${row.name} ${t(`form.${score}`)}`}
                  value={scores[row.id]?.[score] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    setScores((previous) => ({ ...previous, [row.id]: { ...previous[row.id], [score]: value } }));
                  }}
                  onKeyDown={(event) => onFieldKey(index, event)}
                  data-testid={`score-${rowIndex}-${score}`}
                />
              );
            },
          })),
        ]}
      />
      {showInvalid && !allValid && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
          {t('form.scoreInvalid', { min: SURVEY_SCORE_MIN, max: SURVEY_SCORE_MAX })}
        </Typography.Paragraph>
      )}
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        loading={save.isPending}
        onClick={submit}
        data-testid="survey-entry-save"
      >
        {t('form.save')}
      </Button>
    </div>
  );
}
