import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Col, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { HANDOVER_STEPS, invalidateHandover, recordStep, type HandoverStep, type StepBody } from './handover-steps';

/** Steps that need more than a click: the inspection team and findings, the document confirmation, the gift. */
const WITH_FORM = new Set<HandoverStep>(['inspected', 'documents_handed_over', 'gift_recorded']);

interface StepForm {
  sales?: string;
  engineering?: string;
  property?: string;
  loggedDefects?: string;
  fixedDefects?: string;
  documents?: boolean;
  gift?: string;
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function bodyFor(step: HandoverStep, values: StepForm): StepBody {
  switch (step) {
    case 'inspected':
      return {
        step,
        body: {
          team: { sales: values.sales ?? '', engineering: values.engineering ?? '', property: values.property ?? '' },
          defects: [
            ...lines(values.fixedDefects).map((description) => ({ description, simple: true })),
            ...lines(values.loggedDefects).map((description) => ({ description, simple: false })),
          ],
        },
      };
    case 'documents_handed_over':
      // the form requires the confirmation before it submits
      return { step, body: { qualityGuarantee: true, userManual: true, ownerHandbook: true } };
    case 'gift_recorded':
      return { step, body: values.gift?.trim() ? { gift: values.gift.trim() } : {} };
    default:
      return { step, body: {} };
  }
}

/**
 * Every handover step as a button: recorded ones ticked, the next one primary. Any later step can be tried too; the
 * server enforces the guideline's order (e.g. inspection before keys) and its refusal is shown as it gave it.
 */
export function StepButtons({
  projectId,
  unitId,
  state,
  nextStep,
  large = false,
}: {
  projectId: string;
  unitId: string;
  state: string;
  nextStep: HandoverStep | null;
  large?: boolean;
}) {
  const { t } = useTranslation(['field', 'common']);
  const queryClient = useQueryClient();
  const [formStep, setFormStep] = useState<HandoverStep | null>(null);
  const [form] = Form.useForm<StepForm>();
  const record = useMutation({
    mutationFn: (request: StepBody) => recordStep(projectId, unitId, request),
    onSuccess: async () => {
      setFormStep(null);
      form.resetFields();
      await invalidateHandover(queryClient, projectId, unitId);
    },
  });
  const doneUpTo = HANDOVER_STEPS.indexOf(state as HandoverStep);

  function start(step: HandoverStep) {
    record.reset();
    if (WITH_FORM.has(step)) setFormStep(step);
    else record.mutate(bodyFor(step, {}));
  }

  const buttonStyle = large ? { height: 64, fontSize: 18, whiteSpace: 'normal' as const } : undefined;
  return (
    <>
      {record.isError && !formStep && (
        <div data-testid="step-error">
          <ApiErrorAlert error={record.error} />
        </div>
      )}
      {record.isSuccess && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="step-success"
          title={t('unit.recorded', { step: t(`common:step.${record.data.event.step}`) })}
        />
      )}
      <Row gutter={[12, 12]}>
        {HANDOVER_STEPS.map((step, index) => {
          const done = index <= doneUpTo;
          return (
            <Col key={step} xs={12} sm={12} md={large ? 12 : 6} lg={large ? 8 : 6}>
              <Button
                block
                size="large"
                style={buttonStyle}
                type={step === nextStep ? 'primary' : 'default'}
                disabled={done}
                icon={done ? <CheckOutlined /> : undefined}
                loading={record.isPending && record.variables?.step === step}
                data-testid={`step-${step}`}
                onClick={() => start(step)}
              >
                {t(`common:step.${step}`)}
              </Button>
            </Col>
          );
        })}
      </Row>
      <Modal
        open={formStep !== null}
        title={formStep ? t('unit.record', { step: t(`common:step.${formStep}`) }) : ''}
        okText={t('unit.confirm')}
        cancelText={t('unit.cancel')}
        confirmLoading={record.isPending}
        onCancel={() => setFormStep(null)}
        onOk={() => void form.validateFields().then((values) => formStep && record.mutate(bodyFor(formStep, values)))}
        destroyOnHidden
      >
        {record.isError && <ApiErrorAlert error={record.error} />}
        <Form form={form} layout="vertical" preserve={false}>
          {formStep === 'inspected' && (
            <>
              <Form.Item
                label={`${t('unit.inspectionTeam')} · ${t('unit.sales')}`}
                name="sales"
                rules={[{ required: true }]}
              >
                <Input data-testid="team-sales" />
              </Form.Item>
              <Form.Item label={t('unit.engineering')} name="engineering" rules={[{ required: true }]}>
                <Input data-testid="team-engineering" />
              </Form.Item>
              <Form.Item label={t('unit.property')} name="property" rules={[{ required: true }]}>
                <Input data-testid="team-property" />
              </Form.Item>
              <Form.Item label={t('unit.fixedOnSpot')} name="fixedDefects">
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item label={t('unit.defectsFound')} name="loggedDefects">
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
          {formStep === 'documents_handed_over' && (
            <Form.Item
              name="documents"
              valuePropName="checked"
              rules={[{ required: true, type: 'enum', enum: [true] }]}
            >
              <Checkbox data-testid="documents-confirm">{t('unit.documentsConfirm')}</Checkbox>
            </Form.Item>
          )}
          {formStep === 'gift_recorded' && (
            <Form.Item label={t('unit.gift')} name="gift">
              <Input placeholder={t('unit.giftPlaceholder')} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
