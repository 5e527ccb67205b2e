import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { unitAddressLabel } from '@handover/domain';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { dateIn } from '../../shared/time';
import { DefectPhotos } from '../field/defect-photos';
import { defectKeys, type Defect } from '../field/defect-requests';
import { DefectStatusTag } from '../field/defect-status-tag';
import { ContractorDefectActions } from './contractor-defect-actions';
import { contractorKeys, isOverdue } from './contractor-requests';
import './contractor.css';

/**
 * One work order of the contractor (its company's defect): where and what, the deadline, photos before and after,
 * and the contractor's actions only (accept, mark fixed with a photo, dispute). Another company's defect answers 404
 * and shows as a page that does not exist, with nothing of the defect.
 */
export function ContractorDefectPage() {
  const { projectId = '', defectId = '' } = useParams();
  const { t } = useTranslation('contractor');
  const navigate = useNavigate();
  const defect = useQuery({
    queryKey: defectKeys.detail(projectId, defectId),
    queryFn: () =>
      call(api.GET('/projects/{id}/defects/{defectId}', { params: { path: { id: projectId, defectId } } })),
  });
  const back = (
    <Link to="/contractor" className="contractor-page__top" style={{ display: 'block' }}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
        {t('detail.back')}
      </Button>
    </Link>
  );
  if (defect.error instanceof ApiError && defect.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        subTitle={t('detail.notFoundHint')}
        extra={<Button onClick={() => void navigate('/contractor')}>{t('detail.back')}</Button>}
        data-testid="contractor-not-found"
      />
    );
  }
  return (
    <div className="contractor-page contractor-detail">
      {back}
      <QueryView query={defect}>{(data) => <WorkOrderDetail projectId={projectId} defect={data} />}</QueryView>
    </div>
  );
}

function WorkOrderDetail({ projectId, defect }: { projectId: string; defect: Defect }) {
  const { t } = useTranslation('contractor');
  // GET /projects/{id} is not the contractor's: its own project list carries the project's name and time zone
  const projects = useQuery({
    queryKey: contractorKeys.projects,
    queryFn: () => call(api.GET('/projects', { params: { query: { pageSize: 200 } } })),
  });
  const project = projects.data?.items.find((item) => item.id === projectId);
  // the unit's address, as the company's own defect list of that unit names it
  const unit = useQuery({
    queryKey: ['defects', projectId, 'contractor-unit', defect.unitId],
    enabled: defect.unitId !== null,
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defects', {
          params: { path: { id: projectId }, query: { unitId: defect.unitId!, pageSize: 1 } },
        }),
      ),
  });
  const unitLabel = unit.data?.items[0]?.unit;
  const where =
    defect.unitId === null
      ? t('list.publicArea', { area: defect.publicArea ?? '' })
      : unitLabel
        ? unitAddressLabel({ building: unitLabel.building, unitNo: unitLabel.unitNo, room: unitLabel.room })
        : '…';
  const overdue = isOverdue(defect, dateIn(new Date(), project?.timeZone));
  const due = defect.deferredUntil ?? defect.deadline;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="contractor-defect">
      <Card
        size="small"
        title={
          <Space wrap size={4}>
            <DefectStatusTag status={defect.status} />
            {overdue && (
              <Tag color="red" data-testid="overdue">
                {t('list.overdue')}
              </Tag>
            )}
            {defect.reopenCount > 0 && (
              <Tag color="volcano" data-testid="reopen-count">
                {t('detail.reopened', { count: defect.reopenCount })}
              </Tag>
            )}
          </Space>
        }
      >
        <Typography.Paragraph strong style={{ marginBottom: 8 }} data-testid="contractor-defect-description">
          {defect.description}
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          {project && <Descriptions.Item label={t('list.project')}>{project.name}</Descriptions.Item>}
          <Descriptions.Item label={t('detail.location')}>{where}</Descriptions.Item>
          <Descriptions.Item label={t('detail.trade')}>{defect.trade}</Descriptions.Item>
          <Descriptions.Item label={t('detail.deadline')}>{due ?? t('list.noDeadline')}</Descriptions.Item>
          {defect.reopenCount > 0 && defect.reopenReason && (
            <Descriptions.Item label={t('detail.reopenReason')}>
              <span data-testid="reopen-reason">{defect.reopenReason}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {defect.status === 'disputed' && defect.disputeReason && (
          <Alert
            style={{ marginTop: 8 }}
            type="info"
            showIcon
            title={t('detail.disputeWith', { reason: t(`reason.${defect.disputeReason}`) })}
            description={defect.disputeNote}
            data-testid="own-dispute"
          />
        )}
      </Card>
      <Card size="small" title={t('detail.photos')}>
        <DefectPhotos projectId={projectId} defectId={defect.id} />
      </Card>
      <Card size="small" title={t('detail.actions')}>
        <ContractorDefectActions projectId={projectId} defect={defect} />
      </Card>
    </Space>
  );
}
