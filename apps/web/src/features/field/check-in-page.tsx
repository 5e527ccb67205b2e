import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Divider, Empty, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { useProject } from '../../shared/use-project';
import { TodayBookings } from '../appointments/today-bookings';
import { TodaySlots } from '../appointments/today-slots';
import { handoverKeys } from './handover-steps';
import { OwnerActions } from './owner-actions';
import { StepButtons } from './step-buttons';
import { UnitDues } from './unit-dues';

type UnitSummary = components['schemas']['UnitSummaryDto'];

const stateColour = (state: string) =>
  state === 'refused' ? 'red' : state === 'objected' ? 'orange' : state === 'handed_over' ? 'green' : 'blue';

/**
 * 交付签到 at the handover desk, made for a tablet: find the owner's unit, see what is due, record check-in and the
 * following steps with big buttons; today's appointment slots (今日预约) with their seats taken and today's booked
 * households (今日预约户, a click opens the unit as the search does) are shown above the search. The search text and the
 * chosen unit live in the URL.
 */
export function CheckInPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('field');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const unitId = params.get('unit');
  const timeZone = useProject(projectId).data?.timeZone;

  function setParam(key: 'q' | 'unit', value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'q') next.delete('unit');
    setParams(next, { replace: true });
  }

  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Typography.Title level={4}>{t('checkIn.title')}</Typography.Title>
      {!unitId && <TodaySlots projectId={projectId} timeZone={timeZone} />}
      {!unitId && <TodayBookings projectId={projectId} timeZone={timeZone} onPick={(id) => setParam('unit', id)} />}
      <Input.Search
        size="large"
        enterButton={t('checkIn.searchButton')}
        placeholder={t('checkIn.search')}
        defaultValue={search}
        allowClear
        style={{ marginBottom: 16 }}
        data-testid="check-in-search"
        onSearch={(value) => setParam('q', value.trim() || undefined)}
      />
      {unitId ? (
        <SelectedUnit projectId={projectId} unitId={unitId} onClear={() => setParam('unit', undefined)} />
      ) : (
        search && <SearchResults projectId={projectId} search={search} onPick={(id) => setParam('unit', id)} />
      )}
    </>
  );
}

function SearchResults({
  projectId,
  search,
  onPick,
}: {
  projectId: string;
  search: string;
  onPick: (unitId: string) => void;
}) {
  const { t } = useTranslation(['field', 'common']);
  const units = useQuery({
    queryKey: [...handoverKeys.search(projectId), search],
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
          <Empty description={t('checkIn.noResults')} />
        ) : (
          <>
            <Typography.Text type="secondary">{t('checkIn.results', { total: page.total })}</Typography.Text>
            <List<UnitSummary>
              dataSource={page.items}
              data-testid="check-in-results"
              renderItem={(unit) => (
                <List.Item>
                  <Button
                    block
                    size="large"
                    style={{ height: 'auto', minHeight: 64, textAlign: 'left' }}
                    onClick={() => onPick(unit.id)}
                    data-testid="check-in-result"
                  >
                    <Space wrap size="large">
                      <strong>
                        {unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room })}
                      </strong>
                      <span>{unit.ownerName}</span>
                      <span>{unit.ownerPhoneMasked}</span>
                      <Tag color={stateColour(unit.handoverState)}>{t(`common:step.${unit.handoverState}`)}</Tag>
                    </Space>
                  </Button>
                </List.Item>
              )}
            />
          </>
        )
      }
    </QueryView>
  );
}

function SelectedUnit({ projectId, unitId, onClear }: { projectId: string; unitId: string; onClear: () => void }) {
  const { t } = useTranslation(['field', 'common']);
  const unit = useQuery({
    queryKey: ['unit', projectId, unitId],
    queryFn: () => call(api.GET('/projects/{id}/units/{unitId}', { params: { path: { id: projectId, unitId } } })),
  });
  const handover = useQuery({
    queryKey: handoverKeys.detail(projectId, unitId),
    queryFn: () =>
      call(api.GET('/projects/{id}/units/{unitId}/handover', { params: { path: { id: projectId, unitId } } })),
  });
  return (
    <QueryView query={unit}>
      {(owner) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="check-in-unit">
          <Card size="small">
            <Row gutter={[12, 12]} align="middle">
              <Col xs={24} sm={14}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {unitAddressLabel({ building: owner.building, unitNo: owner.unit, room: owner.room })}
                </Typography.Title>
                <Typography.Text>
                  {t('checkIn.owner')}：{owner.ownerName} · {t('checkIn.phone')}：{owner.ownerPhone}
                </Typography.Text>
              </Col>
              <Col xs={24} sm={10} style={{ textAlign: 'right' }}>
                <Space wrap>
                  {handover.data && (
                    <Tag
                      color={stateColour(handover.data.state)}
                      style={{ fontSize: 16, padding: '4px 10px' }}
                      data-testid="check-in-state"
                    >
                      {t(`common:step.${handover.data.state}`)}
                    </Tag>
                  )}
                  <Link to={`/projects/${projectId}/units/${unitId}`}>{t('checkIn.openUnit')}</Link>
                  <Button size="large" onClick={onClear}>
                    {t('checkIn.clear')}
                  </Button>
                </Space>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('checkIn.due')}>
            <UnitDues projectId={projectId} unitId={unitId} compact />
          </Card>
          <Card size="small">
            <QueryView query={handover}>
              {(detail) => (
                <>
                  {!detail.nextStep && (
                    <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('checkIn.closed')} />
                  )}
                  <StepButtons
                    projectId={projectId}
                    unitId={unitId}
                    state={detail.state}
                    nextStep={detail.nextStep ?? null}
                    large
                  />
                  <Divider titlePlacement="start" plain>
                    {t('unit.ownerActions')}
                  </Divider>
                  <OwnerActions
                    projectId={projectId}
                    unitId={unitId}
                    state={detail.state}
                    history={detail.history}
                    large
                  />
                </>
              )}
            </QueryView>
          </Card>
        </Space>
      )}
    </QueryView>
  );
}
