import { ArrowLeftOutlined, PictureOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isDefectOverdue, unitAddressLabel, type DefectStatus } from '@handover/domain';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { dateIn } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { DefectActions, useMayWriteDefects } from '../field/defect-actions';
import { DefectPhotos } from '../field/defect-photos';
import { DefectRecordForm } from '../field/defect-record-form';
import { defectKeys, type DefectListItem } from '../field/defect-requests';
import { DefectStatusTag } from '../field/defect-status-tag';
import './inspector.css';

/** What the phone offers on a defect: the inspector marks it fixed (with photos) and verifies it. */
const PHONE_ACTIONS = ['fix', 'verify'] as const;

/**
 * 现场巡检 on a phone, for inspectors and the rapid-repair team: find a unit, see its defects (overdue ones in red),
 * record a defect with photos from the camera, mark one fixed with photos of the fix, verify it. One column, big
 * targets; the search, the unit and the record form live in the URL, so the back button steps back.
 */
export function InspectPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('field');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const unitId = params.get('unit');
  const project = useProject(projectId);

  function go(next: { q?: string; unit?: string; record?: boolean }) {
    const query = new URLSearchParams();
    if (next.q) query.set('q', next.q);
    if (next.unit) query.set('unit', next.unit);
    if (next.record) query.set('record', '1');
    setParams(query);
  }

  return (
    <div className="inspect" data-testid="inspect-page">
      <Typography.Text type="secondary" className="inspect__project" data-testid="inspect-project-name">
        {project.data ? `${project.data.name} · ${project.data.batch}` : '\u00a0'}
      </Typography.Text>
      <Typography.Title level={4} className="inspect__title">
        {t('inspect.title')}
      </Typography.Title>
      {unitId ? (
        <UnitDefects
          projectId={projectId}
          unitId={unitId}
          recording={params.get('record') === '1'}
          onRecord={(record) => go({ q: search, unit: unitId, record })}
          onChangeUnit={() => go({ q: search })}
        />
      ) : (
        <>
          <Input.Search
            size="large"
            enterButton={t('inspect.searchButton')}
            placeholder={t('inspect.search')}
            defaultValue={search}
            allowClear
            inputMode="search"
            data-testid="inspect-search"
            style={{ marginBottom: 12 }}
            onSearch={(value) => go({ q: value.trim() || undefined })}
          />
          {search && <UnitResults projectId={projectId} search={search} onPick={(id) => go({ q: search, unit: id })} />}
        </>
      )}
    </div>
  );
}

function UnitResults({
  projectId,
  search,
  onPick,
}: {
  projectId: string;
  search: string;
  onPick: (unitId: string) => void;
}) {
  const { t } = useTranslation('field');
  const units = useQuery({
    queryKey: ['unit-search', projectId, 'inspect', search],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/units', {
          params: { path: { id: projectId }, query: { search, page: 1, pageSize: 20 } },
        }),
      ),
  });
  return (
    <QueryView query={units}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty description={t('inspect.noUnits')} />
        ) : (
          <div className="inspect__stack" data-testid="inspect-units">
            {page.items.map((unit) => (
              <Button
                key={unit.id}
                block
                size="large"
                className="inspect-big-button inspect-pick"
                onClick={() => onPick(unit.id)}
                data-testid="inspect-unit"
              >
                <span className="inspect-pick__text">
                  <strong>{unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room })}</strong>{' '}
                  {unit.ownerName}
                </span>
              </Button>
            ))}
          </div>
        )
      }
    </QueryView>
  );
}

function UnitDefects({
  projectId,
  unitId,
  recording,
  onRecord,
  onChangeUnit,
}: {
  projectId: string;
  unitId: string;
  recording: boolean;
  onRecord: (record: boolean) => void;
  onChangeUnit: () => void;
}) {
  const { t } = useTranslation('field');
  const mayWrite = useMayWriteDefects();
  const [toast, holder] = message.useMessage();
  const unit = useQuery({
    queryKey: ['unit', projectId, unitId],
    queryFn: () => call(api.GET('/projects/{id}/units/{unitId}', { params: { path: { id: projectId, unitId } } })),
  });
  const label = unit.data
    ? unitAddressLabel({ building: unit.data.building, unitNo: unit.data.unit, room: unit.data.room })
    : '';

  return (
    <>
      {holder}
      <QueryView query={unit} rows={1}>
        {() => (
          <div className="inspect-unit">
            <span className="inspect-unit__address" data-testid="inspect-unit-address">
              {label}
            </span>
            {!recording && (
              <Button size="large" icon={<SwapOutlined />} onClick={onChangeUnit} data-testid="inspect-change-unit">
                {t('inspect.changeUnit')}
              </Button>
            )}
          </div>
        )}
      </QueryView>
      {recording ? (
        <Card size="small" title={t('defectWork.recordTitle')}>
          <DefectRecordForm
            projectId={projectId}
            unit={{ id: unitId, label }}
            defaultSource="handover_inspection"
            phone
            onCancel={() => onRecord(false)}
            onRecorded={() => {
              void toast.success(t('defectWork.recorded'));
              onRecord(false);
            }}
          />
        </Card>
      ) : (
        <>
          {mayWrite && (
            <Button
              type="primary"
              block
              size="large"
              icon={<PlusOutlined />}
              className="inspect-big-button"
              style={{ marginBottom: 16 }}
              onClick={() => onRecord(true)}
              data-testid="inspect-record"
            >
              {t('inspect.record')}
            </Button>
          )}
          <DefectCards projectId={projectId} unitId={unitId} />
        </>
      )}
      {recording && (
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => onRecord(false)}
          style={{ marginTop: 8, paddingLeft: 0 }}
        >
          {t('inspect.back')}
        </Button>
      )}
    </>
  );
}

function DefectCards({ projectId, unitId }: { projectId: string; unitId: string }) {
  const { t } = useTranslation('field');
  const timeZone = useProject(projectId).data?.timeZone;
  const today = dateIn(new Date(), timeZone);
  const defects = useQuery({
    queryKey: [...defectKeys.lists(projectId), { unitId, view: 'inspect' }],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defects', {
          params: { path: { id: projectId }, query: { unitId, page: 1, pageSize: 100 } },
        }),
      ),
  });
  return (
    <QueryView query={defects}>
      {(page) => (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('inspect.unitDefects', { count: page.total })}
          </Typography.Title>
          {page.items.length === 0 ? (
            <Empty description={t('inspect.noDefects')} />
          ) : (
            <div className="inspect__stack" data-testid="inspect-defects">
              {page.items.map((defect) => (
                <DefectCard
                  key={defect.id}
                  projectId={projectId}
                  defect={defect}
                  overdue={isDefectOverdue({ ...defect, status: defect.status as DefectStatus }, today)}
                />
              ))}
            </div>
          )}
        </>
      )}
    </QueryView>
  );
}

function DefectCard({ projectId, defect, overdue }: { projectId: string; defect: DefectListItem; overdue: boolean }) {
  const { t } = useTranslation('field');
  const [showPhotos, setShowPhotos] = useState(false);
  return (
    <Card
      size="small"
      className={`inspect-defect${overdue ? ' inspect-defect--overdue' : ''}`}
      data-testid="inspect-defect"
      data-status={defect.status}
    >
      <div>
        <DefectStatusTag status={defect.status} />
        {overdue && (
          <Tag color="red" data-testid="overdue">
            {t('defects.overdue')}
          </Tag>
        )}
        <Tag>{t(`defects.categoryName.${defect.category}`)}</Tag>
      </div>
      <div className="inspect-defect__description">{defect.description}</div>
      <div className="inspect-defect__meta">
        {defect.trade}
        {defect.responsibleParty ? ` · ${defect.responsibleParty}` : ''}
        {defect.deadline ? ` · ${t('inspect.deadline', { date: defect.deferredUntil ?? defect.deadline })}` : ''}
      </div>
      {defect.photoCount > 0 && (
        <Button
          type="link"
          icon={<PictureOutlined />}
          style={{ paddingLeft: 0, height: 44 }}
          onClick={() => setShowPhotos((shown) => !shown)}
          data-testid="inspect-show-photos"
        >
          {t('inspect.photos', { count: defect.photoCount })}
        </Button>
      )}
      {showPhotos && <DefectPhotos projectId={projectId} defectId={defect.id} />}
      <div style={{ marginTop: 8 }}>
        <DefectActions projectId={projectId} defect={defect} only={PHONE_ACTIONS} phone />
      </div>
    </Card>
  );
}
