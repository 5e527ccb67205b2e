import { MobileOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';

const SECTIONS = [
  { suffix: '', key: 'plan' },
  { suffix: '/risks', key: 'risks' },
  { suffix: '/units', key: 'units' },
  { suffix: '/defects', key: 'defects' },
  { suffix: '/rectification', key: 'rectification' },
  { suffix: '/check-in', key: 'checkIn' },
  { suffix: '/appointments', key: 'appointments' },
  { suffix: '/keys', key: 'keys' },
  { suffix: '/complaints', key: 'complaints' },
  { suffix: '/briefings', key: 'briefings' },
  { suffix: '/survey', key: 'survey' },
  { suffix: '/summary', key: 'summary' },
  { suffix: '/warranty', key: 'warranty' },
  { suffix: '/setup', key: 'setup' },
] as const;

/** Set-up (unit import, fees, staffing) is the lead's, HQ's or an admin's: department heads do not see the tab. */
const SET_UP_ROLES: ReadonlySet<string> = new Set(['project_lead', 'hq', 'admin']);

/** Who records and fixes defects on site, on a phone (现场巡检). */
const INSPECT_ROLES: ReadonlySet<string> = new Set(['project_lead', 'department_head']);

/** The tabs every project page shares: plan, units, defects, check-in, briefings, survey, set-up. */
export function ProjectNav({ projectId }: { projectId: string }) {
  const { t } = useTranslation('common');
  const { role } = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/projects/${projectId}`;
  const active =
    [...SECTIONS].reverse().find((section) => section.suffix && pathname.startsWith(base + section.suffix))?.key ??
    'plan';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => void navigate(base + (SECTIONS.find((section) => section.key === key)?.suffix ?? ''))}
      tabBarExtraContent={
        INSPECT_ROLES.has(role) && (
          <Link to={`/inspect/${projectId}`} data-testid="open-inspect">
            <Button type="text" icon={<MobileOutlined />}>
              {t('field:inspect.openOnPhone')}
            </Button>
          </Link>
        )
      }
      items={SECTIONS.filter((section) => section.key !== 'setup' || SET_UP_ROLES.has(role)).map((section) => ({
        key: section.key,
        label: t(`projectNav.${section.key}`),
      }))}
    />
  );
}
