import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';

type Sections = components['schemas']['SummarySectionsDto'];

const SECTION_KEYS: (keyof Sections)[] = [
  'batchOverview',
  'preparation',
  'actualHandoverFigures',
  'ownerFeedback',
  'repairDataAndWarranty',
];

/** A computed figure as text: numbers and words as they are, a row of a list as "key value · key value". */
export function figureText(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => figureText(item, empty)).join('；');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key} ${figureText(inner, empty)}`)
      .join(' · ');
  }
  return String(value);
}

/** The five computed sections of the 交付总结, in the guide's order, each figure as the compiler named it. */
export function SummarySections({ sections }: { sections: Sections }) {
  const { t } = useTranslation('summary');
  return (
    <>
      {SECTION_KEYS.map((key) => {
        const entries = Object.entries(sections[key] ?? {});
        return (
          <Card
            key={key}
            size="small"
            title={t(`sections.${key}`)}
            style={{ marginBottom: 12 }}
            data-testid={`summary-section-${key}`}
          >
            {entries.length === 0 ? (
              <Typography.Text type="secondary">{t('empty')}</Typography.Text>
            ) : (
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={entries.map(([name, value]) => ({
                  key: name,
                  label: name,
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{figureText(value, t('empty'))}</span>,
                }))}
              />
            )}
          </Card>
        );
      })}
    </>
  );
}
