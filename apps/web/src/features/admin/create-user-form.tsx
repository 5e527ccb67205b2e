import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { CompanyPicker } from './company-picker';
import { CREATABLE_ROLES, type UserRole } from './roles';

export type UserWithToken = components['schemas']['UserWithTokenResponseDto'];

interface Values {
  name: string;
  role: UserRole;
  department?: Department;
  contractorCompanyId?: string;
}

/**
 * 新建用户 (admins): name, role, and — for a department head only — the department, for a contractor only the
 * company (施工单位, searched among the registered ones), checked here as the API checks them (CreateUserDto: required
 * for that role, refused otherwise); POST /users answers the user with their first token, handed to `onCreated` to be
 * shown once.
 */
export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  onCreated: (user: UserWithToken) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const create = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/users', {
          body: {
            name: values.name.trim(),
            role: values.role,
            department: values.role === 'department_head' ? values.department : undefined,
            contractorCompanyId: values.role === 'contractor' ? values.contractorCompanyId : undefined,
          },
        }),
      ),
    onSuccess: (user) => {
      form.resetFields();
      onCreated(user);
    },
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => create.mutate(values)}
      data-testid="create-user-form"
      requiredMark
    >
      <Form.Item
        name="name"
        label={t('create.name')}
        rules={[
          { required: true, whitespace: true, message: t('create.nameRequired') },
          { max: 100, message: t('create.nameTooLong') },
        ]}
      >
        <Input data-testid="create-user-name" autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('create.role')} rules={[{ required: true, message: t('create.roleRequired') }]}>
        <Select
          data-testid="create-user-role"
          options={CREATABLE_ROLES.map((value) => ({
            value,
            label: t(`common:role.${value}`, { defaultValue: value }),
          }))}
        />
      </Form.Item>
      {role === 'department_head' && (
        <Form.Item
          name="department"
          label={t('create.department')}
          extra={t('create.departmentHint')}
          rules={[{ required: true, message: t('create.departmentRequired') }]}
        >
          <Select
            data-testid="create-user-department"
            options={DEPARTMENTS.map((value) => ({ value, label: t(`common:department.${value}`) }))}
          />
        </Form.Item>
      )}
      {role === 'contractor' && (
        <Form.Item
          name="contractorCompanyId"
          label={t('create.company')}
          extra={t('create.companyHint')}
          rules={[{ required: true, message: t('create.companyRequired') }]}
        >
          <CompanyPicker testId="create-user-company" />
        </Form.Item>
      )}
      {create.isError && <ApiErrorAlert error={create.error} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-user-submit">
          {t('create.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('create.cancel')}</Button>}
      </Space>
    </Form>
  );
}
