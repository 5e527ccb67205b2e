import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { queryProblem } from '../../shared/query-view';
import { draftFromComplaint, draftFromDefect, type CaseOrigin, type RecordKind } from './case-origin';

type CaseDto = components['schemas']['CaseDto'];
type CreateCase = components['schemas']['CreateCaseDto'];
interface Values {
  kind?: CreateCase['kind'];
  title?: string;
  summary?: string;
  tags?: string[];
  projectId?: string;
  recordKind: RecordKind;
  recordId?: string;
}

export const CASE_KINDS = ['design_defect', 'common_quality_problem', 'typical_complaint'] as const;
const PICK_PAGE_SIZE = 100;

/** The record a case starts from, read to prefill the form (GET the defect or the complaint). */
function useOriginRecord(origin: CaseOrigin | null) {
  return useQuery({
    enabled: origin !== null,
    queryKey: ['case-origin', origin?.projectId, origin?.recordKind, origin?.recordId],
    queryFn: async () => {
      const { projectId, recordKind, recordId } = origin!;
      if (recordKind === 'defect') {
        const defect = await call(
          api.GET('/projects/{id}/defects/{defectId}', { params: { path: { id: projectId, defectId: recordId } } }),
        );
        return draftFromDefect(defect);
      }
      const complaint = await call(
        api.GET('/projects/{id}/complaints/{complaintId}', {
          params: { path: { id: projectId, complaintId: recordId } },
        }),
      );
      return draftFromComplaint(complaint);
    },
  });
}

/**
 * 新建案例 (POST /cases): a defect or complaint promoted to the company case library with a title, what happened and
 * what to do (summary), kind and tags. Started from a record (`origin`), the source is fixed and the text prefilled
 * from it; started on the cases page, the person picks the project and the record.
 */
export function CreateCaseForm({
  origin,
  onCreated,
}: {
  origin: CaseOrigin | null;
  onCreated: (created: CaseDto) => void;
}) {
  const { t } = useTranslation('hq');
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const record = useOriginRecord(origin);
  const projectId = Form.useWatch('projectId', form);
  const recordKind = Form.useWatch('recordKind', form) ?? 'defect';

  useEffect(() => {
    if (record.data) form.setFieldsValue(record.data);
  }, [record.data, form]);

  const projects = useQuery({
    enabled: origin === null,
    queryKey: ['case-projects'],
    queryFn: () => call(api.GET('/projects', { params: { query: { page: 1, pageSize: PICK_PAGE_SIZE } } })),
  });
  const records = useQuery({
    enabled: origin === null && !!projectId,
    queryKey: ['case-records', projectId, recordKind],
    queryFn: async (): Promise<{ value: string; label: string }[]> => {
      const path = { id: projectId! };
      const query = { page: 1, pageSize: PICK_PAGE_SIZE };
      if (recordKind === 'defect') {
        const page = await call(api.GET('/projects/{id}/defects', { params: { path, query } }));
        return page.items.map((d) => ({ value: d.id, label: `${d.trade} · ${d.description}` }));
      }
      const page = await call(api.GET('/projects/{id}/complaints', { params: { path, query } }));
      return page.items.map((c) => ({ value: c.id, label: c.subject }));
    },
  });

  const create = useMutation({
    mutationFn: (body: CreateCase) => call(api.POST('/cases', { body })),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      onCreated(created);
    },
  });

  function onFinish(values: Values) {
    const source = origin ?? {
      projectId: values.projectId!,
      recordKind: values.recordKind,
      recordId: values.recordId!,
    };
    const tags = (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
    create.mutate({
      kind: values.kind!,
      title: values.title!.trim(),
      summary: values.summary!.trim(),
      ...(tags.length > 0 ? { tags } : {}),
      source,
    });
  }

  const originProblem = queryProblem(record);
  if (origin && record.isPending && !originProblem) return <Skeleton active />;
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ recordKind: origin?.recordKind ?? 'defect' }}
      onFinish={onFinish}
      data-testid="create-case-form"
    >
      {originProblem && <ApiErrorAlert error={originProblem.error} onRetry={() => void record.refetch()} />}
      {create.isError && <ApiErrorAlert error={create.error} />}
      {origin ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="case-origin"
          title={t('cases.create.from', {
            kind: t(`cases.sourceKinds.${origin.recordKind}`),
            id: origin.recordId,
          })}
        />
      ) : (
        <>
          <Form.Item
            name="projectId"
            label={t('cases.source')}
            rules={[{ required: true, message: t('cases.create.projectRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={projects.isFetching}
              placeholder={t('cases.create.projectPlaceholder')}
              onChange={() => form.setFieldValue('recordId', undefined)}
              options={(projects.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.cityCompany} · ${p.name} · ${p.batch}`,
              }))}
              data-testid="case-project"
            />
          </Form.Item>
          <Form.Item name="recordKind" label={t('cases.sourceRecord')}>
            <Radio.Group
              optionType="button"
              onChange={() => form.setFieldValue('recordId', undefined)}
              options={(['defect', 'complaint'] as const).map((value) => ({
                value,
                label: t(`cases.sourceKinds.${value}`),
              }))}
            />
          </Form.Item>
          {records.isError && <ApiErrorAlert error={records.error} onRetry={() => void records.refetch()} />}
          <Form.Item name="recordId" rules={[{ required: true, message: t('cases.create.recordRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!projectId}
              loading={records.isFetching}
              placeholder={t('cases.create.recordPlaceholder')}
              options={records.data ?? []}
              data-testid="case-record"
            />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="kind"
        label={t('cases.kind')}
        rules={[{ required: true, message: t('cases.create.kindRequired') }]}
      >
        <Select
          options={CASE_KINDS.map((value) => ({ value, label: t(`cases.kinds.${value}`) }))}
          data-testid="case-kind"
        />
      </Form.Item>
      <Form.Item name="title" label={t('cases.caseTitle')} rules={required(t('cases.create.titleRequired'))}>
        <Input maxLength={200} data-testid="case-new-title" />
      </Form.Item>
      <Form.Item name="summary" label={t('cases.summary')} rules={required(t('cases.create.summaryRequired'))}>
        <Input.TextArea autoSize={{ minRows: 4 }} maxLength={8000} showCount data-testid="case-new-summary" />
      </Form.Item>
      <Form.Item name="tags" label={t('cases.tags')} extra={t('cases.create.tagsHint')}>
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', '，', '、']}
          data-testid="case-new-tags"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="case-create-submit">
        {t('cases.create.submit')}
      </Button>
    </Form>
  );
}
