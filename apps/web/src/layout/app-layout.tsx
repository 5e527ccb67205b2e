import { DownOutlined, LogoutOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Grid, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { session } from '../auth/session';
import { NotificationBell } from '../features/notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { menuFor, selectedMenuPath } from './menu-items';

/** The signed-in frame: role menu on the left (collapsed on a tablet), who is signed in and the language on top. */
export function AppLayout() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const entries = menuFor(user.role);
  const selected = selectedMenuPath(location.pathname, entries);

  function signOut() {
    session.clear();
    queryClient.clear();
    void navigate('/sign-in', { replace: true });
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={screens.md ? 64 : 0}
        width={208}
        theme="light"
        collapsed={collapsed}
        onCollapse={setCollapsed}
      >
        <div className="brand" title={t('appName')}>
          {collapsed ? t('appShortName') : t('appName')}
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.labelKey) }))}
          onClick={({ key }) => void navigate(key)}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Space>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: '/settings/notifications',
                    icon: <SettingOutlined />,
                    label: t('notifications:userMenu.settings'),
                  },
                ],
                onClick: ({ key }) => void navigate(key),
              }}
            >
              <Button type="text" size="small" data-testid="user-menu" className="user-menu">
                <Typography.Text strong ellipsis data-testid="current-user">
                  {user.name}
                </Typography.Text>
                <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
            {screens.sm && (
              <Tag>
                {t(`role.${user.role}`)}
                {user.department ? ` · ${t(`department.${user.department}`)}` : ''}
              </Tag>
            )}
          </Space>
          <Space>
            <NotificationBell />
            <LanguageSwitch />
            <Button
              type="text"
              size="small"
              icon={<LogoutOutlined />}
              onClick={signOut}
              aria-label={t('signOut')}
              title={t('signOut')}
            >
              {screens.sm && t('signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
