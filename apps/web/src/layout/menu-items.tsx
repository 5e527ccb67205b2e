import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  BuildOutlined,
  MailOutlined,
  MobileOutlined,
  PlusCircleOutlined,
  ProjectOutlined,
  SendOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../auth/roles';

interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  roles: Role[];
}

/** The menu shows only what a role may do; the API refuses the rest anyway. */
export const MENU: MenuEntry[] = [
  { path: '/hq/board', labelKey: 'menu.board', icon: <AppstoreOutlined />, roles: ['hq', 'admin'] },
  { path: '/hq/escalations', labelKey: 'menu.escalations', icon: <AlertOutlined />, roles: ['hq', 'admin'] },
  { path: '/hq/rollup', labelKey: 'menu.rollup', icon: <BarChartOutlined />, roles: ['hq', 'admin'] },
  { path: '/hq/scorecards', labelKey: 'menu.scorecards', icon: <BarChartOutlined />, roles: ['hq', 'admin'] },
  {
    path: '/approvals',
    labelKey: 'menu.approvals',
    icon: <AuditOutlined />,
    roles: ['department_head', 'project_lead', 'hq'],
  },
  {
    path: '/projects',
    labelKey: 'menu.projects',
    icon: <ProjectOutlined />,
    roles: ['project_lead', 'department_head', 'hq', 'admin'],
  },
  {
    path: '/projects/new',
    labelKey: 'menu.launch',
    icon: <PlusCircleOutlined />,
    roles: ['project_lead', 'hq', 'admin'],
  },
  {
    path: '/inspect',
    labelKey: 'field:inspect.menu',
    icon: <MobileOutlined />,
    roles: ['project_lead', 'department_head'],
  },
  {
    path: '/cases',
    labelKey: 'menu.cases',
    icon: <BookOutlined />,
    roles: ['project_lead', 'department_head', 'hq', 'admin'],
  },
  { path: '/contractor', labelKey: 'contractor:menu.defects', icon: <ToolOutlined />, roles: ['contractor'] },
  { path: '/notifications', labelKey: 'contractor:menu.notifications', icon: <BellOutlined />, roles: ['contractor'] },
  { path: '/admin/users', labelKey: 'admin:menu.users', icon: <UserOutlined />, roles: ['admin'] },
  { path: '/admin/assignments', labelKey: 'admin:menu.assignments', icon: <TeamOutlined />, roles: ['admin'] },
  {
    path: '/admin/contractor-companies',
    labelKey: 'admin:menu.contractorCompanies',
    icon: <BuildOutlined />,
    roles: ['admin', 'hq', 'project_lead'],
  },
  {
    path: '/admin/notification-deliveries',
    labelKey: 'notifications:menu.deliveries',
    icon: <SendOutlined />,
    roles: ['admin'],
  },
  { path: '/admin/sms-outbox', labelKey: 'admin:menu.smsOutbox', icon: <MailOutlined />, roles: ['admin'] },
];

export function menuFor(role: Role): MenuEntry[] {
  return MENU.filter((entry) => entry.roles.includes(role));
}

/** The menu entry a path belongs to: the longest entry path that prefixes it. */
export function selectedMenuPath(pathname: string, entries: MenuEntry[]): string | undefined {
  return entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
