import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import { CompanyPicker } from '../admin/company-picker';
import type { ContractorCompany } from '../admin/company-kind';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';

/** Who brings a company onto a project (the API's POST /projects/{id}/contractors: its lead or an admin). */
const ADDERS: ReadonlySet<string> = new Set(['project_lead', 'admin']);

/**
 * 施工单位 of the project: the companies working on it (GET /projects/{id}/contractors — those 派单 offers, under the
 * same query key), and adding one found among the registered companies by name (POST /projects/{id}/contractors,
 * which answers the project's companies). A refusal (another project's lead: CONTRACTORS_FORBIDDEN) is worded from
 * its code.
 */
export function ProjectContractors({ projectId }: { projectId: string }) {
  const { t } = useTranslation('admin');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ContractorCompany | undefined>();
  const key = ['project-contractors', projectId];
  const current = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/projects/{id}/contractors', { params: { path: { id: projectId } } })),
  });
  const add = useMutation({
    mutationFn: (company: ContractorCompany) =>
      call(
        api.POST('/projects/{id}/contractors', {
          params: { path: { id: projectId } },
          body: { companyId: company.id },
        }),
      ),
    onSuccess: (companies, company) => {
      queryClient.setQueryData(key, companies);
      setChosen(undefined);
      void message.success(t('projectContractors.added', { name: company.name }));
    },
  });
  const onProject = new Set((current.data ?? []).map((company) => company.id));

  return (
    <div data-testid="project-contractors">
      <Typography.Paragraph type="secondary">{t('projectContractors.hint')}</Typography.Paragraph>
      <QueryView query={current} rows={2}>
        {(companies) => (
          <List
            size="small"
            data-testid="project-contractors-list"
            dataSource={companies}
            locale={{ emptyText: t('projectContractors.empty') }}
            renderItem={(company) => (
              <List.Item data-testid="project-contractor">
                <Space>
                  {company.name}
                  <Tag>{t(`companies.kinds.${company.kind}`, { defaultValue: company.kind })}</Tag>
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryView>
      {ADDERS.has(role) ? (
        <Space wrap style={{ marginTop: 12 }}>
          <CompanyPicker
            value={chosen?.id}
            onChange={(_, company) => setChosen(company)}
            exclude={onProject}
            testId="project-contractors-picker"
          />
          <Button
            type="primary"
            disabled={!chosen}
            loading={add.isPending}
            onClick={() => chosen && add.mutate(chosen)}
            data-testid="project-contractors-add"
          >
            {t('projectContractors.add')}
          </Button>
          <Link to="/admin/contractor-companies" data-testid="project-contractors-register">
            {t('projectContractors.register')}
          </Link>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('projectContractors.readOnly')}</Typography.Text>
      )}
      {add.isError && <ApiErrorAlert error={add.error} />}
    </div>
  );
}
