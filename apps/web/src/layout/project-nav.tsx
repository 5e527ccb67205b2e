import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const SECTIONS = [
  { suffix: '', key: 'plan' },
  { suffix: '/units', key: 'units' },
  { suffix: '/defects', key: 'defects' },
  { suffix: '/check-in', key: 'checkIn' },
  { suffix: '/briefings', key: 'briefings' },
  { suffix: '/survey', key: 'survey' },
] as const;

/** The tabs every project page shares: plan, units, defects, check-in, briefings, survey. */
export function ProjectNav({ projectId }: { projectId: string }) {
  const { t } = useTranslation('common');
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
      items={SECTIONS.map((section) => ({ key: section.key, label: t(`projectNav.${section.key}`) }))}
    />
  );
}
