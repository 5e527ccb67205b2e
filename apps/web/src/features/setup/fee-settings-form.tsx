import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Descriptions, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti, unitAddressLabel } from '@handover/domain';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { MoneyText } from '../../shared/money-text';
import { formatYuan, toFen } from '../../shared/money';

type FeeSettings = components['schemas']['FeeSettingsDto'];

/** What the lead types: amounts in yuan and rates in percent, as text, turned into fen and basis points exactly. */
interface FeeForm {
  propertyFeePerSqmMonth: string;
  prepaidMonths: number;
  deedTaxRate: string;
  maintenanceFundPerSqm: string;
  refundThreshold: string;
}

const YUAN = /^\s*\d{1,7}(\.\d{1,2})?\s*$/;
const PERCENT = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*$/;

/** '1.5' → 150 basis points, by string arithmetic (no float touches a rate); null when not a percentage. */
export function percentToBp(text: string): number | null {
  const match = PERCENT.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 150 → '1.5', 300 → '3', 5 → '0.05'. */
export function bpToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** 350 fen → '3.50' (no separators: the form's text). */
function fenToYuanText(fen: number): string {
  const value = toFen(fen);
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

const DEFAULTS: FeeForm = {
  propertyFeePerSqmMonth: '',
  prepaidMonths: 3,
  deedTaxRate: '',
  maintenanceFundPerSqm: '',
  refundThreshold: '3',
};

function formOf(settings: FeeSettings): FeeForm {
  return {
    propertyFeePerSqmMonth: fenToYuanText(settings.propertyFeePerSqmMonth.fen),
    prepaidMonths: settings.prepaidMonths,
    deedTaxRate: bpToPercent(settings.deedTaxRateBp),
    maintenanceFundPerSqm: fenToYuanText(settings.maintenanceFundPerSqm.fen),
    refundThreshold: bpToPercent(settings.refundThresholdBp),
  };
}

/**
 * 收费标准: property fee, months collected in advance, deed tax, maintenance fund and the area-difference threshold
 * (PUT /projects/{id}/fee-settings), with the settings as stored and the amounts the API computes with them for the
 * project's first unit (its dues), so the lead sees what an owner will be asked to pay.
 */
export function FeeSettingsForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['setup', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FeeForm>();

  const settings = useQuery({
    queryKey: ['fee-settings', projectId],
    queryFn: async () => {
      try {
        return await call(api.GET('/projects/{id}/fee-settings', { params: { path: { id: projectId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'FEE_SETTINGS_NOT_SET') return null;
        throw error;
      }
    },
  });
  useEffect(() => {
    if (settings.data !== undefined) form.setFieldsValue(settings.data ? formOf(settings.data) : DEFAULTS);
  }, [settings.data, form]);

  const exampleUnit = useQuery({
    queryKey: ['setup-example-unit', projectId],
    queryFn: async () =>
      (
        await call(
          api.GET('/projects/{id}/units', { params: { path: { id: projectId }, query: { page: 1, pageSize: 1 } } }),
        )
      ).items[0] ?? null,
  });
  const unit = exampleUnit.data;
  const dues = useQuery({
    queryKey: ['unit-dues', projectId, unit?.id],
    enabled: Boolean(unit && settings.data),
    queryFn: () =>
      call(
        api.GET('/projects/{id}/units/{unitId}/handover/dues', {
          params: { path: { id: projectId, unitId: unit!.id } },
        }),
      ),
  });

  const save = useMutation({
    mutationFn: (values: FeeForm) =>
      call(
        api.PUT('/projects/{id}/fee-settings', {
          params: { path: { id: projectId } },
          body: {
            propertyFeePerSqmMonth: values.propertyFeePerSqmMonth.trim(),
            prepaidMonths: values.prepaidMonths,
            deedTaxRateBp: percentToBp(values.deedTaxRate)!,
            maintenanceFundPerSqm: values.maintenanceFundPerSqm.trim(),
            refundThresholdBp: percentToBp(values.refundThreshold)!,
          },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['fee-settings', projectId], saved);
      await queryClient.invalidateQueries({ queryKey: ['unit-dues', projectId] });
      void message.success(t('fees.saved'));
    },
  });

  const yuanRule = { pattern: YUAN, message: t('fees.yuanInvalid') };
  const percentRule = (min: number, max: number) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const bp = percentToBp(value ?? '');
      if (bp === null) throw new Error(t('fees.percentInvalid'));
      if (bp < min * 100 || bp > max * 100) throw new Error(t('fees.percentRange', { min, max }));
    },
  });

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <ApiErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const stored = settings.data;

  return (
    <Row gutter={24} data-testid="fee-settings">
      <Col xs={24} lg={12}>
        {!stored && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('fees.notSet')} />}
        <Form<FeeForm>
          form={form}
          layout="vertical"
          initialValues={DEFAULTS}
          onFinish={(values) => save.mutate(values)}
        >
          <Form.Item
            name="propertyFeePerSqmMonth"
            label={t('fees.propertyFee')}
            rules={[{ required: true, ...yuanRule }]}
          >
            <Input inputMode="decimal" placeholder="3.50" data-testid="fee-property" />
          </Form.Item>
          <Form.Item name="prepaidMonths" label={t('fees.prepaidMonths')} rules={[{ required: true }]}>
            <InputNumber min={1} max={24} precision={0} data-testid="fee-months" />
          </Form.Item>
          <Form.Item name="deedTaxRate" label={t('fees.deedTaxRate')} rules={[{ required: true }, percentRule(0, 100)]}>
            <Input inputMode="decimal" placeholder="1.5" data-testid="fee-deed-tax" />
          </Form.Item>
          <Form.Item
            name="maintenanceFundPerSqm"
            label={t('fees.maintenanceFund')}
            rules={[{ required: true, ...yuanRule }]}
          >
            <Input inputMode="decimal" placeholder="45.00" data-testid="fee-fund" />
          </Form.Item>
          <Form.Item
            name="refundThreshold"
            label={t('fees.refundThreshold')}
            extra={t('fees.refundThresholdHelp')}
            rules={[{ required: true }, percentRule(0.01, 100)]}
          >
            <Input inputMode="decimal" data-testid="fee-threshold" />
          </Form.Item>
          {save.isError && <ApiErrorAlert error={save.error} />}
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="fee-save">
            {t('fees.save')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={12}>
        {stored && (
          <Descriptions
            title={t('fees.entered')}
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16 }}
            data-testid="fee-entered"
          >
            <Descriptions.Item label={t('fees.propertyFee')}>
              {t('fees.perSqmMonth', { amount: formatYuan(stored.propertyFeePerSqmMonth.fen) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.prepaidMonths')}>
              {t('fees.months', { count: stored.prepaidMonths })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.deedTaxRate')}>
              {t('fees.percent', { value: bpToPercent(stored.deedTaxRateBp) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.maintenanceFund')}>
              {t('fees.perSqm', { amount: formatYuan(stored.maintenanceFundPerSqm.fen) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.refundThreshold')}>
              {t('fees.percent', { value: bpToPercent(stored.refundThresholdBp) })}
            </Descriptions.Item>
          </Descriptions>
        )}
        {stored && exampleUnit.isSuccess && !unit && (
          <Typography.Text type="secondary">{t('fees.exampleNoUnits')}</Typography.Text>
        )}
        {exampleUnit.isError && <ApiErrorAlert error={exampleUnit.error} />}
        {dues.isError && <ApiErrorAlert error={dues.error} />}
        {unit && dues.data?.fees && (
          <Descriptions
            title={t('fees.example', {
              unit: unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room }),
              area: formatCenti(unit.contractedAreaCenti),
              surveyed: formatCenti(unit.surveyedAreaCenti),
            })}
            size="small"
            column={1}
            bordered
            data-testid="fee-example"
          >
            <Descriptions.Item label={t('fees.contractPrice')}>
              <MoneyText fen={dues.data.fees.contractPrice.fen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.propertyFeePrepayment', { months: dues.data.fees.prepaidMonths })}>
              <MoneyText fen={dues.data.fees.propertyFeePrepayment.amount.fen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.deedTax')}>
              <MoneyText fen={dues.data.fees.deedTax.amount.fen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.maintenanceFundAmount')}>
              <MoneyText fen={dues.data.fees.maintenanceFund.amount.fen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fees.total')}>
              <MoneyText fen={dues.data.fees.total.fen} strong />
            </Descriptions.Item>
          </Descriptions>
        )}
      </Col>
    </Row>
  );
}
