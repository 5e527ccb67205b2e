import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Select, Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { BuildingPrint } from './building-print';
import { countByState, UnitGrid, UnitGridLegend, type GridUnit } from './unit-grid';
import { isUnitState, type UnitState } from './unit-states';

const naturalOrder = new Intl.Collator('zh-CN', { numeric: true }).compare;

/** 房源图: every unit of the project coloured by its handover step, in one request; filters live in the URL. */
export function UnitGridPage() {
  const { projectId = '' } = useParams();
  const grid = useQuery({
    queryKey: ['unit-grid', projectId],
    queryFn: () => call(api.GET('/projects/{id}/units/grid', { params: { path: { id: projectId } } })),
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <QueryView query={grid} rows={8}>
        {(data) => <UnitGridView projectId={projectId} units={data.units} />}
      </QueryView>
    </>
  );
}

function UnitGridView({ projectId, units }: { projectId: string; units: GridUnit[] }) {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const building = params.get('building') ?? undefined;
  const stateParam = params.get('state');
  const state = isUnitState(stateParam) ? stateParam : undefined;

  const buildings = useMemo(() => [...new Set(units.map((unit) => unit.building))].sort(naturalOrder), [units]);
  const inBuilding = useMemo(
    () => (building ? units.filter((unit) => unit.building === building) : units),
    [units, building],
  );
  const counts = useMemo(() => countByState(inBuilding), [inBuilding]);
  const shown = useMemo(
    () => (state ? inBuilding.filter((unit) => unit.state === state) : inBuilding),
    [inBuilding, state],
  );
  const open = useCallback(
    (unitId: string) => void navigate(`/projects/${projectId}/units/${unitId}`),
    [navigate, projectId],
  );

  function setFilter(key: 'building' | 'state', value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Row gutter={[16, 12]} align="middle">
          <Col xs={24} md={8}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('grid.allBuildings')}
              value={building}
              onChange={(value?: string) => setFilter('building', value)}
              options={buildings.map((name) => ({ value: name, label: t('grid.building', { building: name }) }))}
              data-testid="building-filter"
            />
          </Col>
          <Col xs={24} md={16}>
            <Typography.Text type="secondary">
              {t('grid.summary', { shown: shown.length, total: units.length })}
            </Typography.Text>
          </Col>
          <Col xs={24}>
            {building ? (
              <BuildingPrint key={building} projectId={projectId} building={building} />
            ) : (
              <Typography.Text type="secondary" data-testid="print-pick-building">
                {t('buildingPrint.pickBuilding')}
              </Typography.Text>
            )}
          </Col>
        </Row>
      </Card>
      <UnitGridLegend counts={counts} selected={state} onSelect={(value?: UnitState) => setFilter('state', value)} />
      {shown.length === 0 ? <Empty description={t('grid.empty')} /> : <UnitGrid units={shown} onOpen={open} />}
    </Space>
  );
}
