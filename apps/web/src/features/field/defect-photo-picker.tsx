import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Photos chosen for a defect: on a phone the button opens the rear camera (`capture="environment"`), elsewhere the
 * file chooser; each chosen photo shows as a thumbnail that can be removed before anything is sent.
 */
export function DefectPhotoPicker({
  files,
  onChange,
  label,
  disabled = false,
  large = false,
  testId = 'photo-input',
}: {
  files: readonly File[];
  onChange: (files: File[]) => void;
  label?: string;
  disabled?: boolean;
  /** a phone's one-thumb target */
  large?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('field');
  const inputId = useId();
  const previews = useMemo(() => files.map((file) => ({ file, url: objectUrl(file) })), [files]);
  useEffect(() => () => previews.forEach(({ url }) => url && URL.revokeObjectURL(url)), [previews]);

  return (
    <div className="defect-photo-picker">
      <label
        htmlFor={inputId}
        className={`defect-photo-picker__button${large ? ' defect-photo-picker__button--large' : ''}${
          disabled ? ' defect-photo-picker__button--disabled' : ''
        }`}
      >
        <CameraOutlined /> {label ?? t('defectWork.takePhoto')}
      </label>
      <input
        id={inputId}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        disabled={disabled}
        data-testid={testId}
        className="defect-photo-picker__input"
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          // the same photo may be taken again after it was removed
          event.target.value = '';
          if (chosen.length) onChange([...files, ...chosen]);
        }}
      />
      {files.length > 0 && (
        <Space wrap size={8} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" data-testid="photo-count-chosen">
            {t('defectWork.photoCount', { count: files.length })}
          </Typography.Text>
          {previews.map(({ file, url }, index) => (
            <span key={`${file.name}-${index}`} className="defect-photo-picker__thumb" data-testid="chosen-photo">
              {url ? <img src={url} alt={file.name} /> : <span>{file.name}</span>}
              <Button
                size="small"
                shape="circle"
                icon={<CloseOutlined />}
                aria-label={t('defectWork.removePhoto')}
                disabled={disabled}
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              />
            </span>
          ))}
        </Space>
      )}
    </div>
  );
}

function objectUrl(file: File): string | undefined {
  try {
    return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined;
  } catch {
    return undefined;
  }
}
