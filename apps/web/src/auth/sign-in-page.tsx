import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { ApiErrorAlert } from '../shared/api-error-alert';
import { LanguageSwitch } from '../layout/language-switch';
import { homePathFor, type CurrentUser } from './roles';
import { session } from './session';

/** Sign-in with a token minted by `npm run users -- token` or POST /users/{id}/tokens. */
export function SignInPage() {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);

  async function signIn({ token }: { token: string }) {
    setChecking(true);
    setError(null);
    try {
      const response = await fetch('/users/me', { headers: { Authorization: `Bearer ${token.trim()}` } });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw ApiError.from(response.status, body);
      session.save(token);
      queryClient.clear();
      const next = params.get('next');
      await navigate(
        next && next.startsWith('/') && !next.startsWith('/sign-in') ? next : homePathFor((body as CurrentUser).role),
        { replace: true },
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="sign-in">
      <Card title={t('appName')} extra={<LanguageSwitch />} style={{ width: 'min(440px, 92vw)' }}>
        {params.get('expired') && (
          <Alert type="info" showIcon title={t('sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        <Form layout="vertical" onFinish={signIn} requiredMark={false}>
          <Form.Item
            name="token"
            label={t('token')}
            rules={[{ required: true, message: t('tokenRequired') }]}
            extra={t('tokenHelp')}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} spellCheck={false} data-testid="token-input" />
          </Form.Item>
          {error !== null && <ApiErrorAlert error={error} />}
          <Button type="primary" htmlType="submit" block loading={checking}>
            {t('signIn')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('signInHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
