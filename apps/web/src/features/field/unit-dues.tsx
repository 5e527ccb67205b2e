import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { MoneyText } from '../../shared/money-text';
import { QueryView } from '../../shared/query-view';
import { handoverKeys } from './handover-steps';

/** 面积补差, fees, what was paid and the balance of one unit, all from integer fen. */
export function UnitDues({
  projectId,
  unitId,
  compact = false,
}: {
  projectId: string;
  unitId: string;
  compact?: boolean;
}) {
  const { t } = useTranslation('field');
  const dues = useQuery({
    queryKey: handoverKeys.dues(projectId, unitId),
    queryFn: () =>
      call(api.GET('/projects/{id}/units/{unitId}/handover/dues', { params: { path: { id: projectId, unitId } } })),
  });
  return (
    <QueryView query={dues}>
      {(data) => {
        const area = data.areaDifference;
        return (
          <div data-testid="unit-dues">
            {area.specialHandling && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('unit.thresholdReached', { threshold: area.thresholdBp / 100 })}
              />
            )}
            {!data.fees && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('unit.noFeeSettings')} />}
            <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: compact ? 1 : 2 }}>
              {!compact && (
                <Descriptions.Item label={t('unit.contractedArea')}>{area.contractedArea} m²</Descriptions.Item>
              )}
              {!compact && <Descriptions.Item label={t('unit.surveyedArea')}>{area.surveyedArea} m²</Descriptions.Item>}
              <Descriptions.Item label={t('unit.areaDifference')}>
                {area.differenceArea} m²{' '}
                <Tag>{t(`unit.direction.${area.direction as 'owner_pays' | 'refund' | 'none'}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('unit.areaAmount')}>
                <span data-testid="area-amount">
                  <MoneyText fen={area.amount.fen} />
                </span>
              </Descriptions.Item>
              {data.fees && !compact && (
                <Descriptions.Item label={t('unit.contractPrice')}>
                  <MoneyText fen={data.fees.contractPrice.fen} />
                </Descriptions.Item>
              )}
              {data.fees && (
                <Descriptions.Item label={t('unit.propertyFee', { months: data.fees.prepaidMonths })}>
                  <MoneyText fen={data.fees.propertyFeePrepayment.amount.fen} />
                </Descriptions.Item>
              )}
              {data.fees && (
                <Descriptions.Item label={t('unit.deedTax')}>
                  <MoneyText fen={data.fees.deedTax.amount.fen} />
                </Descriptions.Item>
              )}
              {data.fees && (
                <Descriptions.Item label={t('unit.maintenanceFund')}>
                  <MoneyText fen={data.fees.maintenanceFund.amount.fen} />
                </Descriptions.Item>
              )}
              {data.fees && (
                <Descriptions.Item label={t('unit.feesTotal')}>
                  <MoneyText fen={data.fees.total.fen} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('unit.due')}>
                <span data-testid="due-total">
                  <MoneyText fen={data.due.fen} strong />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('unit.paid')}>
                <span data-testid="paid-total">
                  <MoneyText fen={data.paid.fen} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('unit.balance')}>
                <span data-testid="balance">
                  <MoneyText fen={data.balance.fen} strong />
                </span>
              </Descriptions.Item>
            </Descriptions>
          </div>
        );
      }}
    </QueryView>
  );
}
