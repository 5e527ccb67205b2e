import { WarningOutlined } from '@ant-design/icons';
import { Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProjectNav } from '../layout/project-nav';
import { QueryView } from './query-view';
import { useProject } from './use-project';

/** The title and tabs at the top of every project page: name, batch, D, phase, at-risk. */
export function ProjectHeading({ projectId }: { projectId: string }) {
  const { t } = useTranslation('common');
  const project = useProject(projectId);
  return (
    <QueryView query={project} skeleton={<Skeleton active title paragraph={{ rows: 1 }} />}>
      {(p) => (
        <>
          <Space wrap align="baseline" style={{ marginBottom: 4 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-title">
              {p.name} · {p.batch}
            </Typography.Title>
            <Typography.Text type="secondary">{p.cityCompany}</Typography.Text>
            <Tag color="blue">D = {p.firstHandoverDate}</Tag>
            {p.currentPhase && <Tag>{t(`phase.${p.currentPhase}`)}</Tag>}
            {p.atRisk && (
              <Tag color="red" icon={<WarningOutlined />}>
                {t('atRisk')}
              </Tag>
            )}
          </Space>
          <ProjectNav projectId={projectId} />
        </>
      )}
    </QueryView>
  );
}
