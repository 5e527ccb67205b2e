import { Card, Descriptions, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatYuan } from '../../shared/money';

type Sections = components['schemas']['SummarySectionsDto'];
type Row = Record<string, unknown>;

const SECTION_KEYS: (keyof Sections)[] = [
  'batchOverview',
  'preparation',
  'actualHandoverFigures',
  'ownerFeedback',
  'repairDataAndWarranty',
];

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One computed figure as text, in the reader's language: money (…Fen) as yuan, areas (…AreaCenti) in m², milestone,
 * phase, party and status codes by their names, a nested group as "label value · label value".
 */
export function figureText(t: TFunction, key: string, value: unknown): string {
  const empty = t('summary:empty');
  if (value === null || value === undefined || value === '') return empty;
  if (key === 'satisfactionSurvey' && isRow(value)) {
    const survey = value as { responses?: number; keyExperience?: { name: string; weightedGap: string } | null };
    return survey.keyExperience
      ? t('summary:surveyKey', { count: survey.responses ?? 0, ...survey.keyExperience })
      : t('summary:survey', { count: survey.responses ?? 0 });
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    if (key === 'parties' || key === 'approvedParties')
      return value.map((party) => t(`common:department.${String(party)}`, { defaultValue: String(party) })).join('、');
    return value.map((item) => figureText(t, key, item)).join('；');
  }
  if (isRow(value)) {
    return Object.entries(value)
      .map(([inner, innerValue]) => `${fieldLabel(t, inner)} ${figureText(t, inner, innerValue)}`)
      .join(' · ');
  }
  const text = String(value);
  if (key.endsWith('Fen')) return formatYuan(text);
  if (key.endsWith('AreaCenti')) return t('summary:area', { value: (Number(text) / 100).toFixed(2) });
  if (key === 'key') return t(`common:milestone.${text}`, { defaultValue: text });
  if (key === 'phase' || key === 'currentPhase') return t(`common:phase.${text}`, { defaultValue: text });
  if (key === 'source') return t(`summary:defectSource.${text}`, { defaultValue: text });
  return text;
}

export const fieldLabel = (t: TFunction, key: string): string => t(`summary:fields.${key}`, { defaultValue: key });

/** A list of rows (milestones, days, payments, trades) as a small table with named columns. */
function FigureTable({ name, rows }: { name: string; rows: Row[] }) {
  const { t } = useTranslation(['summary', 'common', 'lead']);
  const columns = Object.keys(rows[0]);
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey={(_, index) => String(index)}
      dataSource={rows}
      scroll={{ x: true }}
      data-testid={`summary-table-${name}`}
      columns={columns.map((column) => ({
        key: column,
        title: fieldLabel(t, column),
        render: (_: unknown, row: Row) =>
          name === 'milestones' && column === 'status'
            ? t(`lead:milestoneStatus.${String(row[column])}`, { defaultValue: String(row[column]) })
            : figureText(t, column, row[column]),
      }))}
    />
  );
}

/** The five computed sections of the 交付总结, in the guide's order, every figure named in the reader's language. */
export function SummarySections({ sections }: { sections: Sections }) {
  const { t } = useTranslation(['summary', 'common', 'lead']);
  return (
    <>
      {SECTION_KEYS.map((key) => {
        const entries = Object.entries(sections[key] ?? {});
        const tables = entries.filter(
          (entry): entry is [string, Row[]] => Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every(isRow),
        );
        const figures = entries.filter((entry) => !tables.includes(entry as [string, Row[]]));
        return (
          <Card
            key={key}
            size="small"
            title={t(`sections.${key}`)}
            style={{ marginBottom: 12 }}
            data-testid={`summary-section-${key}`}
          >
            {entries.length === 0 && <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
            {figures.length > 0 && (
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={figures.map(([name, value]) => ({
                  key: name,
                  label: fieldLabel(t, name),
                  children: (
                    <span style={{ whiteSpace: 'pre-wrap' }}>
                      {key === 'batchOverview' && name === 'status'
                        ? t(`projectStatus.${String(value)}`, { defaultValue: String(value) })
                        : figureText(t, name, value)}
                    </span>
                  ),
                }))}
              />
            )}
            {tables.map(([name, rows]) => (
              <div key={name} style={{ marginTop: 8 }}>
                <Typography.Text strong>{fieldLabel(t, name)}</Typography.Text>
                <FigureTable name={name} rows={rows} />
              </div>
            ))}
          </Card>
        );
      })}
    </>
  );
}
