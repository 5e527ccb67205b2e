import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { isDefectOverdue, unitAddressLabel, type DefectStatus } from '@handover/domain';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { dateIn, formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { DefectActions } from './defect-actions';
import { DefectRulings } from './defect-actions-ruling';
import { CaseFromRecordButton } from './defect-detail-case-button';
import { DefectPhotos } from './defect-photos';
import { defectKeys, type Defect } from './defect-requests';
import { DefectStatusTag } from './defect-status-tag';

/** One defect (问题项详情): where, what, who fixes it by when, its photos and the actions its status allows. */
export function DefectDetailPage() {
  const { projectId = '', defectId = '' } = useParams();
  const { t } = useTranslation('field');
  const contractor = useCurrentUser().role === 'contractor';
  const defect = useQuery({
    enabled: !contractor,
    queryKey: defectKeys.detail(projectId, defectId),
    queryFn: () =>
      call(api.GET('/projects/{id}/defects/{defectId}', { params: { path: { id: projectId, defectId } } })),
  });
  // a contractor's console has its own page for its company's defect (this one reads what it may not)
  if (contractor) return <Navigate to={`/contractor/projects/${projectId}/defects/${defectId}`} replace />;
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Link to={`/projects/${projectId}/defects`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('defectWork.back')}
        </Button>
      </Link>
      <QueryView query={defect}>{(data) => <DefectDetail projectId={projectId} defect={data} />}</QueryView>
    </>
  );
}

function DefectDetail({ projectId, defect }: { projectId: string; defect: Defect }) {
  const { t, i18n } = useTranslation('field');
  const timeZone = useProject(projectId).data?.timeZone;
  const today = dateIn(new Date(), timeZone);
  const overdue = isDefectOverdue({ ...defect, status: defect.status as DefectStatus }, today);
  const unit = useQuery({
    queryKey: ['unit', projectId, defect.unitId],
    enabled: defect.unitId !== null,
    queryFn: () =>
      call(api.GET('/projects/{id}/units/{unitId}', { params: { path: { id: projectId, unitId: defect.unitId! } } })),
  });
  const where =
    defect.unitId === null ? (
      defect.publicArea
    ) : unit.data ? (
      <Link to={`/projects/${projectId}/units/${defect.unitId}`}>
        {unitAddressLabel({ building: unit.data.building, unitNo: unit.data.unit, room: unit.data.room })}
      </Link>
    ) : (
      '…'
    );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="defect-detail">
      <Card
        size="small"
        extra={
          <CaseFromRecordButton
            origin={{ projectId, recordKind: 'defect', recordId: defect.id }}
            testId="defect-create-case"
          />
        }
        title={
          <Space wrap>
            <Typography.Text strong>{defect.description}</Typography.Text>
            <DefectStatusTag status={defect.status} />
            {overdue && (
              <Tag color="red" data-testid="overdue">
                {t('defects.overdue')}
              </Tag>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={t('defects.location')}>{where}</Descriptions.Item>
          <Descriptions.Item label={t('defects.source')}>{t(`defects.sourceName.${defect.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('defects.category')}>
            {t(`defects.categoryName.${defect.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('defects.trade')}>{defect.trade}</Descriptions.Item>
          <Descriptions.Item label={t('defects.responsible')}>
            <span data-testid="defect-responsible">{defect.responsibleParty ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('defects.deadline')}>{defect.deadline ?? '—'}</Descriptions.Item>
          {defect.deferredUntil && (
            <Descriptions.Item label={t('defectWork.deferral')}>
              {t('defects.deferredUntil', { date: defect.deferredUntil })} · {defect.deferralReason}
            </Descriptions.Item>
          )}
          {defect.ownerReply && (
            <Descriptions.Item label={t('defectWork.ownerReply')}>{defect.ownerReply}</Descriptions.Item>
          )}
          {defect.explanation && (
            <Descriptions.Item label={t('defectWork.explanationShown')}>
              {defect.explanation} · {defect.compensationPlan}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('defects.createdAt')}>
            {formatDateTime(defect.createdAt, timeZone, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('defectWork.updatedAt')}>
            {formatDateTime(defect.updatedAt, timeZone, i18n.language)}
          </Descriptions.Item>
          {defect.closedAt && (
            <Descriptions.Item label={t('defectWork.closedAt')}>
              {formatDateTime(defect.closedAt, timeZone, i18n.language)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('defects.photos')}>
        <DefectPhotos projectId={projectId} defectId={defect.id} />
      </Card>
      <Card size="small" title={t('defectWork.actions')}>
        <DefectActions projectId={projectId} defect={defect} />
      </Card>
      {(defect.contractorCompanyId !== null || defect.reopenCount > 0 || defect.status === 'disputed') && (
        <Card size="small" title={t('contractor:ruling.title')}>
          <DefectRulings projectId={projectId} defect={defect} />
        </Card>
      )}
    </Space>
  );
}
