import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, download } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';

type SignedDocument = components['schemas']['SignedDocumentDto'];
export type OwnerDocument = SignedDocument['document'];

/** The documents the owner signs on the phone (签字确认), in the order the handover reaches them. */
export const OWNER_DOCUMENTS: readonly OwnerDocument[] = ['inspection_record', 'handover_confirmation'];

export const signedDocumentKeys = {
  list: (projectId: string, unitId: string) => ['signed-documents', projectId, unitId] as const,
};

/**
 * 签字文件: whether the owner has signed the 验房单 and the 收楼确认书, and each signed one as its PDF (the bytes the
 * owner signed, SHA-256 shown to compare with the printed page), downloaded with the console's session.
 * `fileStem` names the saved files (the unit's address).
 */
export function SignedDocuments({
  projectId,
  unitId,
  fileStem,
}: {
  projectId: string;
  unitId: string;
  fileStem: string;
}) {
  const { t, i18n } = useTranslation('field');
  const timeZone = useProject(projectId).data?.timeZone;
  const documents = useQuery({
    queryKey: signedDocumentKeys.list(projectId, unitId),
    queryFn: () =>
      call(api.GET('/projects/{projectId}/units/{unitId}/documents', { params: { path: { projectId, unitId } } })),
  });
  const pdf = useMutation({
    mutationFn: (document: OwnerDocument) =>
      download(
        `/projects/${projectId}/units/${unitId}/documents/${document}.pdf`,
        `${fileStem}-${t(`signedDocuments.name.${document}`)}.pdf`,
      ),
  });

  return (
    <Card title={t('signedDocuments.title')} size="small" style={{ marginBottom: 16 }} data-testid="signed-documents">
      <QueryView query={documents}>
        {(data) => (
          <>
            {pdf.isError && <ApiErrorAlert error={pdf.error} onRetry={() => pdf.mutate(pdf.variables!)} />}
            <List
              size="small"
              dataSource={OWNER_DOCUMENTS.map((document) => ({
                document,
                signed: data.items.find((item) => item.document === document),
              }))}
              rowKey="document"
              renderItem={({ document, signed }) => (
                <List.Item
                  data-testid={`signed-document-${document}`}
                  data-signed={signed ? 'true' : 'false'}
                  actions={[
                    <Button
                      key="download"
                      size="small"
                      icon={<DownloadOutlined />}
                      disabled={!signed}
                      loading={pdf.isPending && pdf.variables === document}
                      onClick={() => pdf.mutate(document)}
                      data-testid={`download-${document}`}
                    >
                      {pdf.isPending && pdf.variables === document
                        ? t('signedDocuments.downloading')
                        : t('signedDocuments.download')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        {t(`signedDocuments.name.${document}`)}
                        {signed ? (
                          <Tag color="green">{t('signedDocuments.signed')}</Tag>
                        ) : (
                          <Tag>{t('signedDocuments.unsigned')}</Tag>
                        )}
                      </Space>
                    }
                    description={
                      signed ? (
                        <Space orientation="vertical" size={0}>
                          <span>
                            {t('signedDocuments.signedAt', {
                              time: formatDateTime(signed.signedAt, timeZone, i18n.language),
                            })}
                          </span>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={signed.pdfSha256}>
                            {t('signedDocuments.hash', { hash: signed.pdfSha256.slice(0, 16) })}
                          </Typography.Text>
                        </Space>
                      ) : (
                        t('signedDocuments.notSignedYet')
                      )
                    }
                  />
                </List.Item>
              )}
            />
          </>
        )}
      </QueryView>
    </Card>
  );
}
