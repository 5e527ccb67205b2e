import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';

export interface AssigneeValues {
  contractorCompanyId?: string;
  responsibleParty?: string;
  deadline?: string;
}

/** The assign body: the company (its users then see and fix the defect) and/or who fixes it in words, the deadline. */
export function assigneeBody(values: AssigneeValues) {
  return {
    contractorCompanyId: values.contractorCompanyId || undefined,
    responsibleParty: values.responsibleParty?.trim() || undefined,
    deadline: values.deadline || undefined,
  };
}

/**
 * 派单 fields: a contractor company working on the project (GET /projects/{id}/contractors), or who fixes it in words
 * (a trade team), at least one of the two; and the deadline, kept when left empty.
 */
export function DefectAssigneeFields({
  projectId,
  form,
  testIdPrefix,
}: {
  projectId: string;
  form: FormInstance;
  testIdPrefix: string;
}) {
  const { t } = useTranslation('field');
  const companies = useQuery({
    queryKey: ['project-contractors', projectId],
    queryFn: () => call(api.GET('/projects/{id}/contractors', { params: { path: { id: projectId } } })),
  });
  const eitherRule = {
    validator: async () => {
      const { contractorCompanyId, responsibleParty } = form.getFieldsValue() as AssigneeValues;
      if (!contractorCompanyId && !responsibleParty?.trim()) throw new Error(t('defectWork.assigneeRequired'));
    },
  };
  return (
    <>
      <Form.Item name="contractorCompanyId" label={t('defectWork.company')} extra={t('defectWork.companyHint')}>
        <Select
          allowClear
          loading={companies.isPending && companies.fetchStatus !== 'idle'}
          placeholder={companies.isError ? t('defectWork.companiesUnavailable') : t('defectWork.companyPlaceholder')}
          data-testid={`${testIdPrefix}-company`}
          onChange={() => void form.validateFields(['responsibleParty']).catch(() => undefined)}
          options={(companies.data ?? []).map((company) => ({ value: company.id, label: company.name }))}
        />
      </Form.Item>
      <Form.Item
        name="responsibleParty"
        label={t('defectWork.responsible')}
        dependencies={['contractorCompanyId']}
        rules={[eitherRule, { max: 200, message: t('defectWork.tooLong', { max: 200 }) }]}
      >
        <Input data-testid={`${testIdPrefix}-responsible`} />
      </Form.Item>
      <Form.Item name="deadline" label={t('defectWork.deadline')} extra={t('defectWork.keepDeadline')}>
        <Input type="date" data-testid={`${testIdPrefix}-deadline`} />
      </Form.Item>
    </>
  );
}
