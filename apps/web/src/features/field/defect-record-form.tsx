import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { DefectPhotoPicker } from './defect-photo-picker';
import {
  createDefect,
  defectKeys,
  PhotoUploadError,
  uploadPhotos,
  type CreateDefectBody,
  type Defect,
} from './defect-requests';
import './defect-work.css';

export const DEFECT_SOURCES = ['unit_inspection', 'open_day', 'handover_inspection', 'after_handover'] as const;
export const DEFECT_CATEGORIES = ['quality', 'non_quality'] as const;

interface RecordValues {
  location: 'unit' | 'public_area';
  unitId?: string;
  publicArea?: string;
  source: CreateDefectBody['source'];
  category: CreateDefectBody['category'];
  trade?: string;
  description?: string;
  responsibleParty?: string;
  deadline?: string;
}

/** The body the API takes: trimmed text, empty optional fields left out, the unit or the public area. */
export function recordBody(values: RecordValues): CreateDefectBody {
  const text = (value: string | undefined) => value?.trim() || undefined;
  return {
    ...(values.location === 'unit' ? { unitId: values.unitId } : { publicArea: text(values.publicArea) }),
    source: values.source,
    category: values.category,
    trade: text(values.trade) ?? '',
    description: text(values.description) ?? '',
    responsibleParty: text(values.responsibleParty),
    deadline: values.deadline || undefined,
  };
}

/**
 * 登记问题项: where (a unit, searched on the server, or a public area), source, category, trade, what is wrong, who
 * fixes it by when, and photos (a phone opens its camera). The defect is recorded first, then each photo uploaded;
 * a refused photo leaves the defect recorded and the remaining photos to send again.
 */
export function DefectRecordForm({
  projectId,
  unit,
  defaultSource = 'unit_inspection',
  phone = false,
  onRecorded,
  onCancel,
}: {
  projectId: string;
  /** the unit the defect is in, when it is known (the phone's unit page): no unit search then */
  unit?: { id: string; label: string };
  defaultSource?: CreateDefectBody['source'];
  phone?: boolean;
  onRecorded: (defect: Defect, photos: number) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['field', 'common']);
  const [form] = Form.useForm<RecordValues>();
  const queryClient = useQueryClient();
  const location = Form.useWatch('location', form) ?? 'unit';
  const [photos, setPhotos] = useState<File[]>([]);
  const [recorded, setRecorded] = useState<Defect | null>(null);
  const [uploaded, setUploaded] = useState(0);

  const save = useMutation({
    mutationFn: async (values: RecordValues) => {
      const defect = recorded ?? (await createDefect(projectId, recordBody(values)));
      setRecorded(defect);
      let sent = uploaded;
      await uploadPhotos(projectId, defect.id, photos, 'before', (file) => {
        sent += 1;
        setUploaded(sent);
        setPhotos((left) => left.filter((other) => other !== file));
      });
      return { defect, sent };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: defectKeys.lists(projectId) }),
    onSuccess: ({ defect, sent }) => onRecorded(defect, sent),
  });
  const size = phone ? 'large' : 'middle';
  const max = (length: number) => ({ max: length, message: t('defectWork.tooLong', { max: length }) });
  const trades = t('defectWork.trades', { returnObjects: true }) as unknown as string[];

  return (
    <Form<RecordValues>
      form={form}
      layout="vertical"
      size={size}
      disabled={save.isPending}
      data-testid="defect-record-form"
      initialValues={{ location: 'unit', source: defaultSource, category: 'quality' }}
      // a given unit has no location or unit field in the form: the defect is in that unit
      onFinish={(values) => save.mutate(unit ? { ...values, location: 'unit', unitId: unit.id } : values)}
    >
      {unit ? (
        <Form.Item label={t('defectWork.unit')}>
          <Typography.Text strong data-testid="record-unit">
            {unit.label}
          </Typography.Text>
        </Form.Item>
      ) : (
        <>
          <Form.Item name="location" label={t('defectWork.where')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              disabled={recorded !== null}
              data-testid="record-location"
              options={(['unit', 'public_area'] as const).map((value) => ({
                value,
                label: t(`defects.locationName.${value}`),
              }))}
            />
          </Form.Item>
          {location === 'unit' ? (
            <Form.Item
              name="unitId"
              label={t('defectWork.unit')}
              rules={[{ required: true, message: t('defectWork.unitRequired') }]}
            >
              <UnitSearchSelect projectId={projectId} disabled={recorded !== null} />
            </Form.Item>
          ) : (
            <Form.Item
              name="publicArea"
              label={t('defectWork.publicArea')}
              rules={[{ required: true, whitespace: true, message: t('defectWork.publicAreaRequired') }, max(200)]}
            >
              <Input placeholder={t('defectWork.publicAreaPlaceholder')} data-testid="record-public-area" />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="source" label={t('defectWork.source')}>
        <Select
          data-testid="record-source"
          disabled={recorded !== null}
          options={DEFECT_SOURCES.map((value) => ({ value, label: t(`defects.sourceName.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="category" label={t('defectWork.category')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          disabled={recorded !== null}
          data-testid="record-category"
          options={DEFECT_CATEGORIES.map((value) => ({ value, label: t(`defects.categoryName.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="trade"
        label={t('defectWork.trade')}
        rules={[{ required: true, whitespace: true, message: t('defectWork.tradeRequired') }, max(100)]}
      >
        <AutoComplete
          options={trades.map((value) => ({ value }))}
          disabled={recorded !== null}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
        >
          <Input placeholder={t('defectWork.tradePlaceholder')} data-testid="record-trade" />
        </AutoComplete>
      </Form.Item>
      <Form.Item
        name="description"
        label={t('defectWork.description')}
        rules={[{ required: true, whitespace: true, message: t('defectWork.descriptionRequired') }, max(4000)]}
      >
        <Input.TextArea rows={3} disabled={recorded !== null} data-testid="record-description" />
      </Form.Item>
      <Form.Item name="responsibleParty" label={t('defectWork.responsible')} rules={[max(200)]}>
        <Input
          placeholder={t('defectWork.responsiblePlaceholder')}
          disabled={recorded !== null}
          data-testid="record-responsible"
        />
      </Form.Item>
      <Form.Item name="deadline" label={t('defectWork.deadline')}>
        <Input type="date" disabled={recorded !== null} data-testid="record-deadline" />
      </Form.Item>
      <Form.Item label={t('defectWork.photos')}>
        <DefectPhotoPicker files={photos} onChange={setPhotos} disabled={save.isPending} large={phone} />
      </Form.Item>
      {save.error && <RecordError error={save.error} recorded={recorded} />}
      {uploaded > 0 && save.isError && (
        <Typography.Paragraph type="secondary">
          {t('defectWork.photosUploaded', { count: uploaded })}
        </Typography.Paragraph>
      )}
      <Space style={{ width: '100%' }} orientation={phone ? 'vertical' : 'horizontal'} size={phone ? 12 : 8}>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          block={phone}
          size={phone ? 'large' : 'middle'}
          className={phone ? 'inspect-big-button' : undefined}
          data-testid="record-submit"
        >
          {recorded ? t('defectWork.retryPhotos') : t('defectWork.submit')}
        </Button>
        {onCancel && (
          <Button block={phone} size={phone ? 'large' : 'middle'} onClick={onCancel} disabled={save.isPending}>
            {t('defectWork.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}

function RecordError({ error, recorded }: { error: unknown; recorded: Defect | null }) {
  const { t } = useTranslation('field');
  if (error instanceof PhotoUploadError && recorded) {
    return (
      <div data-testid="record-photo-error">
        <Alert type="warning" showIcon title={t('defectWork.photosFailed', { file: error.fileName })} />
        <ApiErrorAlert error={error} />
      </div>
    );
  }
  return (
    <div data-testid="record-error">
      <ApiErrorAlert error={error} />
    </div>
  );
}

/** A unit picked by typing part of its address; the API searches (the project may have thousands). */
function UnitSearchSelect({
  projectId,
  value,
  onChange,
  disabled,
}: {
  projectId: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('field');
  const [search, setSearch] = useState('');
  const units = useQuery({
    queryKey: ['unit-search', projectId, 'defect-record', search],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/units', {
          params: { path: { id: projectId }, query: { search: search || undefined, page: 1, pageSize: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
      value={value}
      onChange={onChange}
      disabled={disabled}
      placeholder={t('defectWork.unitSearch')}
      loading={units.isFetching}
      notFoundContent={units.isError ? <ApiErrorAlert error={units.error} /> : undefined}
      data-testid="record-unit-select"
      options={(units.data?.items ?? []).map((unit) => ({
        value: unit.id,
        label: unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room }),
      }))}
    />
  );
}
