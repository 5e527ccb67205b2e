import { useQuery } from '@tanstack/react-query';
import { Image, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView, queryProblem } from '../../shared/query-view';

/**
 * A defect's photos as thumbnails. The API serves photo bytes only with the bearer token, so each one is fetched by
 * the typed client and shown through an object URL, released when the thumbnail goes away.
 */
export function DefectPhotos({ projectId, defectId }: { projectId: string; defectId: string }) {
  const photos = useQuery({
    queryKey: ['defect-photos', projectId, defectId],
    queryFn: () =>
      call(api.GET('/projects/{id}/defects/{defectId}/photos', { params: { path: { id: projectId, defectId } } })),
  });
  return (
    <QueryView query={photos} skeleton={<Skeleton.Image active />}>
      {(list) => (
        <Image.PreviewGroup>
          <Space wrap>
            {list.map((photo) => (
              <PhotoThumbnail
                key={photo.id}
                projectId={projectId}
                defectId={defectId}
                photoId={photo.id}
                stage={photo.stage}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </QueryView>
  );
}

function PhotoThumbnail({
  projectId,
  defectId,
  photoId,
  stage,
}: {
  projectId: string;
  defectId: string;
  photoId: string;
  /** before: the defect as found; after: the fix (older servers do not say) */
  stage?: string;
}) {
  const { t } = useTranslation('field');
  const bytes = useQuery({
    queryKey: ['defect-photo', projectId, defectId, photoId],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defects/{defectId}/photos/{photoId}', {
          params: { path: { id: projectId, defectId, photoId } },
          parseAs: 'blob',
        }),
      ),
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!(bytes.data instanceof Blob)) return undefined;
    const objectUrl = URL.createObjectURL(bytes.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes.data]);
  const problem = queryProblem(bytes);
  if (problem) {
    return <ApiErrorAlert error={problem.error} retrying={problem.retrying} onRetry={() => void bytes.refetch()} />;
  }
  if (!url) {
    // Until the object URL exists; an answer that is not image bytes has nothing to wait for.
    const waiting = bytes.isPending || bytes.data instanceof Blob;
    return waiting ? <Skeleton.Image active style={{ width: 72, height: 72 }} /> : null;
  }
  return (
    <span data-testid="defect-photo" data-stage={stage} style={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Image src={url} width={72} height={72} style={{ objectFit: 'cover' }} alt="" />
      {stage && (
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
          {t(`defects.photoStage.${stage}`, { defaultValue: '' })}
        </Typography.Text>
      )}
    </span>
  );
}
