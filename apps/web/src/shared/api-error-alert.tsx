import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

/**
 * Shows what the server said (every message it gave), with a retry when there is something to retry; `retrying`: a
 * retry is under way (the button spins).
 */
export function ApiErrorAlert({
  error,
  onRetry,
  retrying = false,
}: {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation('common');
  const messages =
    error instanceof ApiError ? error.messages : [error instanceof Error ? error.message : String(error)];
  const title =
    error instanceof ApiError
      ? t(`httpStatus.${error.status}`, { defaultValue: t('requestFailed') })
      : t('requestFailed');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        messages.length === 1 ? (
          messages[0]
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
      action={
        onRetry && (
          <Button size="small" loading={retrying} onClick={onRetry} data-testid="retry">
            {t('retry')}
          </Button>
        )
      }
    />
  );
}
