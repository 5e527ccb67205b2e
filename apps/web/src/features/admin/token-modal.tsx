import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A freshly issued token, shown once with a copy button; closing it forgets the token. */
export function TokenModal({
  issued,
  onClose,
}: {
  issued: { name: string; token: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open={issued !== null}
      title={issued ? t('token.title', { name: issued.name }) : ''}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-done">
          {t('token.done')}
        </Button>
      }
    >
      {issued && (
        <div data-testid="token-issued">
          <Alert type="warning" showIcon title={t('token.once')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph
            code
            copyable={{ text: issued.token, tooltips: [t('token.copy'), t('token.copied')] }}
            style={{ wordBreak: 'break-all' }}
            data-testid="token-value"
          >
            {issued.token}
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  );
}
