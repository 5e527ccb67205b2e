import { useQuery } from '@tanstack/react-query';
import { Image, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';

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
  if (photos.isPending) return <Skeleton.Image active />;
  if (photos.isError) return <ApiErrorAlert error={photos.error} onRetry={() => void photos.refetch()} />;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {photos.data.map((photo) => (
          <PhotoThumbnail key={photo.id} projectId={projectId} defectId={defectId} photoId={photo.id} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function PhotoThumbnail({ projectId, defectId, photoId }: { projectId: string; defectId: string; photoId: string }) {
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
  if (bytes.isError) return <ApiErrorAlert error={bytes.error} onRetry={() => void bytes.refetch()} />;
  if (!url) return <Skeleton.Image active style={{ width: 72, height: 72 }} />;
  return (
    <span data-testid="defect-photo">
      <Image src={url} width={72} height={72} style={{ objectFit: 'cover' }} alt="" />
    </span>
  );
}
