import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { GateDecision } from '../approvals/gate-decision';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { NarrativeForm } from './narrative-form';
import { summaryActions } from './summary-actions';
import { SummarySections } from './summary-sections';

type Summary = components['schemas']['HandoverSummaryDto'];

const STATUS_COLOR: Record<string, string> = { draft: 'default', submitted: 'processing', accepted: 'success' };

/** 交付总结 (project tab `summary`): compiled from the records, written and submitted by the lead, accepted by HQ. */
export function SummaryPage() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation('summary');
  const { message } = App.useApp();
  const { role } = useCurrentUser();
  const queryClient = useQueryClient();
  const project = useProject(projectId);
  const timeZone = project.data?.timeZone;
  const summary = useQuery({
    queryKey: ['summary', projectId],
    queryFn: () => call(api.GET('/projects/{id}/summary', { params: { path: { id: projectId } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  // A gate decision (HQ's acceptance) updates the project; the summary's status follows the summaryAccepted gate.
  const projectUpdatedAt = project.dataUpdatedAt;
  const seenProjectUpdate = useRef(projectUpdatedAt);
  useEffect(() => {
    if (seenProjectUpdate.current !== 0 && seenProjectUpdate.current !== projectUpdatedAt)
      void queryClient.invalidateQueries({ queryKey: ['summary', projectId] });
    seenProjectUpdate.current = projectUpdatedAt;
  }, [projectUpdatedAt, projectId, queryClient]);
  const onChanged = (next: Summary) => {
    queryClient.setQueryData(['summary', projectId], next);
    void queryClient.invalidateQueries({ queryKey: ['project', projectId] });
  };
  const compile = useMutation({
    mutationFn: () => call(api.POST('/projects/{id}/summary/compile', { params: { path: { id: projectId } } })),
    onSuccess: (next) => {
      onChanged(next);
      void message.success(t('compiled'));
    },
  });
  const submit = useMutation({
    mutationFn: () => call(api.POST('/projects/{id}/summary/submit', { params: { path: { id: projectId } } })),
    onSuccess: (next) => {
      onChanged(next);
      void message.success(t('submitted'));
    },
  });
  const time = (iso: string) => formatDateTime(iso, timeZone, i18n.language);
  const mayCompile = role === 'project_lead' || role === 'hq';
  const notCompiled = summary.error instanceof ApiError && summary.error.code === 'SUMMARY_NOT_COMPILED';

  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Typography.Title level={4}>{t('title')}</Typography.Title>
      {compile.isError && <ApiErrorAlert error={compile.error} />}
      {submit.isError && <ApiErrorAlert error={submit.error} />}
      {notCompiled ? (
        <Empty description={t('notCompiled')} data-testid="summary-not-compiled">
          <Typography.Paragraph type="secondary">{t('notCompiledHint')}</Typography.Paragraph>
          {mayCompile && (
            <Button
              type="primary"
              loading={compile.isPending}
              onClick={() => compile.mutate()}
              data-testid="summary-compile"
            >
              {t('compile')}
            </Button>
          )}
        </Empty>
      ) : (
        <QueryView query={summary}>
          {(data) => {
            const may = summaryActions(role, data);
            return (
              <div data-testid="summary">
                <Space wrap align="center" style={{ marginBottom: 12 }}>
                  <Tag color={STATUS_COLOR[data.status]} data-testid="summary-status">
                    {t(`status.${data.status}`, { defaultValue: data.status })}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('compiledAt', { time: time(data.compiledAt), count: data.compileCount })}
                  </Typography.Text>
                  {data.submittedAt && (
                    <Typography.Text type="secondary">
                      {t('submittedAt', { time: time(data.submittedAt) })}
                    </Typography.Text>
                  )}
                  {may.compile && (
                    <Button loading={compile.isPending} onClick={() => compile.mutate()} data-testid="summary-compile">
                      {t('recompile')}
                    </Button>
                  )}
                  {may.submit && (
                    <Popconfirm title={t('submitConfirm')} onConfirm={() => submit.mutate()}>
                      <Button type="primary" loading={submit.isPending} data-testid="summary-submit">
                        {t('submit')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
                {data.status === 'submitted' && data.gateStatus === 'rework' && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={t('rework')}
                    data-testid="summary-rework"
                  />
                )}
                {data.status === 'accepted' && (
                  <Alert
                    type="success"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={t('accepted')}
                    data-testid="summary-accepted"
                  />
                )}
                {may.accept && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={
                      <Space wrap>
                        {t('acceptHint')}
                        <GateDecision projectId={projectId} milestone="summaryAccepted" />
                      </Space>
                    }
                    data-testid="summary-accept"
                  />
                )}
                <SummarySections sections={data.sections} />
                <Card size="small" title={t('narrative.title')} style={{ marginBottom: 12 }}>
                  {!may.editNarrative && role !== 'project_lead' && (
                    <Typography.Paragraph type="secondary">{t('narrative.readOnly')}</Typography.Paragraph>
                  )}
                  <NarrativeForm
                    key={`${data.narrativeUpdatedAt ?? ''}-${String(may.editNarrative)}`}
                    projectId={projectId}
                    narrative={data.narrative}
                    editable={may.editNarrative}
                  />
                </Card>
              </div>
            );
          }}
        </QueryView>
      )}
    </>
  );
}
