import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { catalogueLanguage, refusalText } from '../api/refusal-text';

/**
 * Shows a refusal in the console's language, worded from its code and params (the server's own words when the console
 * does not know the code), with every problem the server listed and a retry when there is something to retry;
 * `retrying`: a retry is under way (the button spins).
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
  const { t, i18n } = useTranslation('common');
  const { sentence, details } = refusalText(error, catalogueLanguage(i18n.language));
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
        <>
          {sentence}
          {details.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </>
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
