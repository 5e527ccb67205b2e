import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import {
  CHAT_USER_ID_PATTERN,
  EXTERNAL_CHANNELS,
  LOCAL_TIME_PATTERN,
  MOBILE_PATTERN,
  NOTIFICATION_TOPICS,
  type NotificationTopic,
} from '@handover/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';

type Contacts = components['schemas']['ContactsResponseDto'];
type PutContacts = components['schemas']['PutContactsDto'];

/** What the form holds: the addresses as typed ('' for none), the rest as the API has them. */
interface SettingsForm {
  email: string;
  wecomUserId: string;
  dingtalkUserId: string;
  mobile: string;
  language: Contacts['language'];
  timeZone: string;
  quietHours: Contacts['quietHours'];
  preferences: Contacts['preferences'];
}

/** The same checks as the API's, so most mistakes are named beside their field before anything is sent. */

const contactsKey = (userId: string) => ['contacts', userId] as const;

function toForm(contacts: Contacts): SettingsForm {
  return {
    email: contacts.email ?? '',
    wecomUserId: contacts.wecomUserId ?? '',
    dingtalkUserId: contacts.dingtalkUserId ?? '',
    mobile: contacts.mobile ?? '',
    language: contacts.language,
    timeZone: contacts.timeZone,
    quietHours: contacts.quietHours,
    preferences: contacts.preferences,
  };
}

/** The whole set, as PUT replaces it: an empty address is none. */
function toPutContacts(form: SettingsForm): PutContacts {
  const address = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    email: address(form.email),
    wecomUserId: address(form.wecomUserId),
    dingtalkUserId: address(form.dingtalkUserId),
    mobile: address(form.mobile),
    language: form.language,
    timeZone: form.timeZone,
    quietHours: { start: form.quietHours.start.trim(), end: form.quietHours.end.trim() },
    preferences: Object.fromEntries(
      NOTIFICATION_TOPICS.map((topic) => [topic, form.preferences[topic] ?? []]),
    ) as Contacts['preferences'],
  };
}

function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai'];
  return known.includes(current) ? known : [current, ...known];
}

/**
 * 我的通知设置 (/settings/notifications), or an admin's view of someone else's (/admin/users/:userId/notifications):
 * contacts, language, time zone, quiet hours and the external channels per kind of notification.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  const me = useCurrentUser();
  const { userId = me.id } = useParams();
  const contacts = useQuery({
    queryKey: contactsKey(userId),
    queryFn: () => call(api.GET('/users/{id}/contacts', { params: { path: { id: userId } } })),
  });
  const other = userId !== me.id;
  return (
    <>
      <Typography.Title level={3} data-testid="settings-title">
        {other ? t('settings.titleOf', { userId }) : t('settings.title')}
      </Typography.Title>
      {other && <Alert type="info" showIcon title={t('settings.adminHint')} style={{ marginBottom: 16 }} />}
      <QueryView query={contacts} rows={8}>
        {(data) => <SettingsEditor key={userId} userId={userId} contacts={data} />}
      </QueryView>
    </>
  );
}

function SettingsEditor({ userId, contacts }: { userId: string; contacts: Contacts }) {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SettingsForm>();
  const initial = useMemo(() => toForm(contacts), [contacts]);
  const zones = useMemo(() => timeZones(contacts.timeZone), [contacts.timeZone]);
  const save = useMutation({
    mutationFn: (values: SettingsForm) =>
      call(api.PUT('/users/{id}/contacts', { params: { path: { id: userId } }, body: toPutContacts(values) })),
    onSuccess: (saved) => {
      queryClient.setQueryData(contactsKey(userId), saved);
      form.setFieldsValue(toForm(saved));
      void message.success(t('settings.saved'));
    },
  });
  const time = [{ pattern: LOCAL_TIME_PATTERN, message: t('settings.timeInvalid') }];
  const chatId = [{ pattern: CHAT_USER_ID_PATTERN, message: t('settings.chatIdInvalid') }];

  return (
    <Form<SettingsForm>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(values) => save.mutate(values)}
      data-testid="notification-settings"
    >
      <Card size="small" title={t('settings.contacts')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('settings.addressHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t('settings.email')}
              rules={[{ type: 'email', message: t('settings.emailInvalid') }]}
            >
              <Input maxLength={254} autoComplete="email" placeholder="wang.jingli@example.com" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="mobile"
              label={t('settings.mobile')}
              rules={[{ pattern: MOBILE_PATTERN, message: t('settings.mobileInvalid') }]}
            >
              <Input maxLength={16} autoComplete="tel" placeholder="13800138000" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="wecomUserId" label={t('settings.wecomUserId')} rules={chatId}>
              <Input maxLength={64} placeholder="WangJingLi" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dingtalkUserId" label={t('settings.dingtalkUserId')} rules={chatId}>
              <Input maxLength={64} placeholder="manager4220" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('settings.languageAndZone')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="language" label={t('settings.language')}>
              <Select
                options={(['zh-CN', 'en'] as const).map((value) => ({
                  value,
                  label: t(`settings.languages.${value}`),
                }))}
                data-testid="settings-language"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="timeZone" label={t('settings.timeZone')}>
              <Select
                showSearch
                options={zones.map((zone) => ({ value: zone, label: zone }))}
                data-testid="settings-time-zone"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('settings.quietHours')} extra={t('settings.quietHint')} style={{ marginBottom: 0 }}>
          <Space wrap>
            <Form.Item name={['quietHours', 'start']} rules={time} noStyle>
              <Input prefix={t('settings.quietStart')} maxLength={5} style={{ width: 130 }} data-testid="quiet-start" />
            </Form.Item>
            <span>–</span>
            <Form.Item name={['quietHours', 'end']} rules={time} noStyle>
              <Input prefix={t('settings.quietEnd')} maxLength={5} style={{ width: 130 }} data-testid="quiet-end" />
            </Form.Item>
          </Space>
        </Form.Item>
      </Card>
      <Card size="small" title={t('settings.channels')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('settings.channelsHint')}</Typography.Paragraph>
        <Table<{ topic: NotificationTopic }>
          rowKey="topic"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={NOTIFICATION_TOPICS.map((topic) => ({ topic }))}
          columns={[
            {
              title: t('settings.topicColumn'),
              dataIndex: 'topic',
              render: (topic: NotificationTopic) => t(`topic.${topic}`),
            },
            {
              title: t('settings.channelColumn'),
              key: 'channels',
              render: (_, { topic }) => (
                <Form.Item name={['preferences', topic]} noStyle>
                  <Checkbox.Group
                    data-testid={`channels-${topic}`}
                    options={EXTERNAL_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
      </Card>
      {save.isError && <ApiErrorAlert error={save.error} />}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
        {t('settings.save')}
      </Button>
    </Form>
  );
}
