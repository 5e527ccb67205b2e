import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import './inspector.css';

/** 现场巡检 from the menu: the projects the inspector works on, one big button each, to the phone screen. */
export function InspectProjectsPage() {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const projects = useQuery({
    queryKey: ['projects', 'inspect'],
    queryFn: () => call(api.GET('/projects', { params: { query: { page: 1, pageSize: 50 } } })),
  });
  return (
    <div className="inspect">
      <Typography.Title level={4} className="inspect__title">
        {t('inspect.pickProject')}
      </Typography.Title>
      <QueryView query={projects}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty description={t('inspect.noProjects')} />
          ) : (
            <div className="inspect__stack" data-testid="inspect-projects">
              {page.items.map((project) => (
                <Button
                  key={project.id}
                  block
                  size="large"
                  className="inspect-big-button inspect-pick"
                  onClick={() => void navigate(`/inspect/${project.id}`)}
                  data-testid="inspect-project"
                >
                  <span className="inspect-pick__text">
                    <strong>{project.name}</strong> · {project.batch}
                  </span>
                  <RightOutlined />
                </Button>
              ))}
            </div>
          )
        }
      </QueryView>
    </div>
  );
}
