import { Button, Result } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject, useNavigate } from 'react-router';
import { RequireSession, useCurrentUser } from './auth/auth-context';
import { homePathFor } from './auth/roles';
import { SignInPage } from './auth/sign-in-page';
import { AppLayout } from './layout/app-layout';

/** Each screen is its own chunk, loaded when first visited, so the first page downloads only the frame. */
function page(load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load())[name] }) };
}

function Home() {
  return <Navigate to={homePathFor(useCurrentUser().role)} replace />;
}

function NotFound() {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound')}
      extra={<Button onClick={() => void navigate('/')}>{t('backHome')}</Button>}
    />
  );
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'projects', ...page(() => import('./features/lead/projects-page'), 'ProjectsPage') },
      { path: 'projects/new', ...page(() => import('./features/lead/launch-project-page'), 'LaunchProjectPage') },
      { path: 'projects/:projectId', ...page(() => import('./features/lead/project-page'), 'ProjectPage') },
      { path: 'approvals', ...page(() => import('./features/approvals/inbox-page'), 'InboxPage') },
      { path: 'projects/:projectId/setup', ...page(() => import('./features/setup/setup-page'), 'SetupPage') },
      { path: 'projects/:projectId/units', ...page(() => import('./features/field/unit-grid-page'), 'UnitGridPage') },
      { path: 'projects/:projectId/units/:unitId', ...page(() => import('./features/field/unit-page'), 'UnitPage') },
      {
        path: 'projects/:projectId/defects',
        ...page(() => import('./features/field/defect-list-page'), 'DefectListPage'),
      },
      {
        path: 'projects/:projectId/defects/:defectId',
        ...page(() => import('./features/field/defect-detail-page'), 'DefectDetailPage'),
      },
      { path: 'inspect', ...page(() => import('./features/inspector/inspect-projects-page'), 'InspectProjectsPage') },
      { path: 'inspect/:projectId', ...page(() => import('./features/inspector/inspect-page'), 'InspectPage') },
      { path: 'projects/:projectId/check-in', ...page(() => import('./features/field/check-in-page'), 'CheckInPage') },
      {
        path: 'projects/:projectId/appointments',
        ...page(() => import('./features/appointments/appointments-page'), 'AppointmentsPage'),
      },
      { path: 'projects/:projectId/risks', ...page(() => import('./features/risks/risks-page'), 'RisksPage') },
      {
        path: 'projects/:projectId/complaints',
        ...page(() => import('./features/complaints/complaints-page'), 'ComplaintsPage'),
      },
      { path: 'projects/:projectId/keys', ...page(() => import('./features/keys/keys-page'), 'KeysPage') },
      {
        path: 'projects/:projectId/warranty',
        ...page(() => import('./features/warranty/warranty-page'), 'WarrantyPage'),
      },
      { path: 'projects/:projectId/briefings', ...page(() => import('./features/hq/briefings-page'), 'BriefingsPage') },
      { path: 'projects/:projectId/survey', ...page(() => import('./features/hq/survey-page'), 'SurveyPage') },
      {
        path: 'projects/:projectId/survey/entry',
        ...page(() => import('./features/survey-entry/survey-entry-page'), 'SurveyEntryPage'),
      },
      { path: 'projects/:projectId/summary', ...page(() => import('./features/summary/summary-page'), 'SummaryPage') },
      {
        path: 'contractor',
        ...page(() => import('./features/contractor/contractor-defects-page'), 'ContractorDefectsPage'),
      },
      {
        path: 'contractor/projects/:projectId/defects/:defectId',
        ...page(() => import('./features/contractor/contractor-defect-page'), 'ContractorDefectPage'),
      },
      { path: 'hq/board', ...page(() => import('./features/hq/board-page'), 'BoardPage') },
      { path: 'hq/escalations', ...page(() => import('./features/hq/escalations-page'), 'EscalationsPage') },
      { path: 'hq/rollup', ...page(() => import('./features/hq/rollup-page'), 'RollupPage') },
      {
        path: 'hq/scorecards',
        ...page(() => import('./features/rectification/hq-scorecards-page'), 'HqScorecardsPage'),
      },
      {
        path: 'projects/:projectId/rectification',
        ...page(() => import('./features/rectification/rectification-page'), 'RectificationPage'),
      },
      { path: 'cases', ...page(() => import('./features/hq/cases-page'), 'CasesPage') },
      {
        path: 'notifications',
        ...page(() => import('./features/notifications/notifications-page'), 'NotificationsPage'),
      },
      {
        path: 'settings/notifications',
        ...page(() => import('./features/notifications/notification-settings-page'), 'NotificationSettingsPage'),
      },
      {
        path: 'admin/users/:userId/notifications',
        ...page(() => import('./features/notifications/notification-settings-page'), 'NotificationSettingsPage'),
      },
      { path: 'admin/users', ...page(() => import('./features/admin/users-page'), 'UsersPage') },
      { path: 'admin/assignments', ...page(() => import('./features/admin/assignments-page'), 'AssignmentsPage') },
      {
        path: 'admin/contractor-companies',
        ...page(() => import('./features/admin/contractor-companies-page'), 'ContractorCompaniesPage'),
      },
      { path: 'admin/sms-outbox', ...page(() => import('./features/admin/sms-outbox-page'), 'SmsOutboxPage') },
      {
        path: 'admin/notification-deliveries',
        ...page(() => import('./features/notifications/deliveries-page'), 'DeliveriesPage'),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
