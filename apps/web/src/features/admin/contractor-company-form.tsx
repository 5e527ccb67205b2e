import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTRACTOR_COMPANY_KINDS } from '@handover/domain';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import type { CompanyKind, ContractorCompany } from './company-kind';

interface Values {
  name: string;
  kind: CompanyKind;
}

/**
 * 登记施工单位: the name (unique: a taken one is refused as CONTRACTOR_COMPANY_NAME_TAKEN, worded from its code) and
 * whether it is the general contractor (总包) or which trade (分包); POST /contractor-companies.
 */
export function CreateContractorCompanyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (company: ContractorCompany) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (values: Values) =>
      call(api.POST('/contractor-companies', { body: { name: values.name.trim(), kind: values.kind } })),
    onSuccess: (company) => {
      form.resetFields();
      onCreated(company);
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => create.mutate(values)}
      data-testid="company-form"
      requiredMark
    >
      <Form.Item
        name="name"
        label={t('companies.form.name')}
        rules={[
          { required: true, whitespace: true, message: t('companies.form.nameRequired') },
          { max: 200, message: t('companies.form.nameTooLong') },
        ]}
      >
        <Input data-testid="company-name" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('companies.form.kind')}
        rules={[{ required: true, message: t('companies.form.kindRequired') }]}
      >
        <Select
          data-testid="company-kind"
          options={CONTRACTOR_COMPANY_KINDS.map((value) => ({ value, label: t(`companies.kinds.${value}`) }))}
        />
      </Form.Item>
      {create.isError && <ApiErrorAlert error={create.error} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="company-submit">
          {t('companies.form.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('companies.form.cancel')}</Button>}
      </Space>
    </Form>
  );
}
