import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Radio, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { catalogueLanguage, refusalText } from '../../api/refusal-text';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { keyLabel, ledgerKeys, type KeyKind } from './key-queries';
import { unitAddress, UnitPicker, type UnitSummary } from './unit-picker';

type Mode = 'unit' | 'building';
type Holder = 'contractor' | 'property';

interface Counts {
  unitDoors: number;
  mailboxes: number;
}

/** The keys a unit gets: N unit-door keys and M mailbox keys, tagged with the unit's address. */
export function keysForUnit(address: string, counts: Counts): { kind: KeyKind; label: string }[] {
  const many = (kind: KeyKind, count: number) =>
    Array.from({ length: count }, (_, index) => ({ kind, label: keyLabel(address, kind, index + 1) }));
  return [...many('unit_door', counts.unitDoors), ...many('mailbox', counts.mailboxes)];
}

/** Every unit of a building, page by page (the API's pages hold at most 200). */
async function unitsOfBuilding(projectId: string, building: string): Promise<UnitSummary[]> {
  const units: UnitSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await call(
      api.GET('/projects/{id}/units', {
        params: { path: { id: projectId }, query: { building, page, pageSize: 200 } },
      }),
    );
    units.push(...result.items);
    if (units.length >= result.total || result.items.length === 0) return units;
  }
}

interface BuildingResult {
  building: string;
  units: number;
  registered: number;
  refused: { address: string; error: unknown }[];
}

/**
 * 钥匙登记: the keys of one unit (found by search), or of every unit of a building at once — one request per unit
 * (POST /projects/{id}/keys takes one unit's keys), each unit all or nothing; the units refused are listed with the
 * server's reason, the others stay registered.
 */
export function RegisterKeys({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('keys');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('building');
  const [unit, setUnit] = useState<UnitSummary | undefined>();
  const [building, setBuilding] = useState('');
  const [counts, setCounts] = useState<Counts>({ unitDoors: 2, mailboxes: 1 });
  const [holder, setHolder] = useState<Holder>('contractor');
  const [buildingResult, setBuildingResult] = useState<BuildingResult | null>(null);
  const nothing = counts.unitDoors + counts.mailboxes === 0;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all(projectId) });

  const registerUnit = useMutation({
    mutationFn: (chosen: UnitSummary) =>
      call(
        api.POST('/projects/{id}/keys', {
          params: { path: { id: projectId } },
          body: { unitId: chosen.id, holder, keys: keysForUnit(unitAddress(chosen), counts) },
        }),
      ),
    onSuccess: (created) => {
      void message.success(t('register.registered', { count: created.length }));
      setUnit(undefined);
      void refresh();
    },
  });

  const registerBuilding = useMutation({
    mutationFn: async (name: string): Promise<BuildingResult> => {
      const units = await unitsOfBuilding(projectId, name);
      const result: BuildingResult = { building: name, units: 0, registered: 0, refused: [] };
      for (const each of units) {
        try {
          const created = await call(
            api.POST('/projects/{id}/keys', {
              params: { path: { id: projectId } },
              body: { unitId: each.id, holder, keys: keysForUnit(unitAddress(each), counts) },
            }),
          );
          result.units += 1;
          result.registered += created.length;
        } catch (error) {
          result.refused.push({ address: unitAddress(each), error });
        }
      }
      return result;
    },
    onMutate: () => setBuildingResult(null),
    onSuccess: (result) => {
      setBuildingResult(result);
      void refresh();
    },
  });

  const example = keysForUnit(unit ? unitAddress(unit) : `${building.trim() || '3#'}-1-1201`, counts)
    .slice(0, 2)
    .map((key) => key.label)
    .join('、');
  const language = catalogueLanguage(i18n.language);

  return (
    <div data-testid="register-keys">
      <Segmented<Mode>
        value={mode}
        onChange={setMode}
        style={{ marginBottom: 12 }}
        options={(['building', 'unit'] as const).map((value) => ({ value, label: t(`register.mode.${value}`) }))}
        data-testid="register-mode"
      />
      <Form layout="inline" style={{ rowGap: 12 }}>
        {mode === 'unit' ? (
          <Form.Item label={t('register.unit')} required>
            <UnitPicker
              projectId={projectId}
              value={unit?.id}
              onChange={setUnit}
              placeholder={t('register.unitPlaceholder')}
              testId="register-unit"
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('register.building')} required>
            <Input
              value={building}
              onChange={(event) => setBuilding(event.target.value)}
              placeholder={t('register.buildingPlaceholder')}
              style={{ width: 200 }}
              data-testid="register-building"
            />
          </Form.Item>
        )}
        <Form.Item label={t('register.unitDoors')}>
          <InputNumber
            min={0}
            max={10}
            precision={0}
            value={counts.unitDoors}
            onChange={(value) => setCounts((old) => ({ ...old, unitDoors: value ?? 0 }))}
            data-testid="register-unit-doors"
          />
        </Form.Item>
        <Form.Item label={t('register.mailboxes')}>
          <InputNumber
            min={0}
            max={10}
            precision={0}
            value={counts.mailboxes}
            onChange={(value) => setCounts((old) => ({ ...old, mailboxes: value ?? 0 }))}
            data-testid="register-mailboxes"
          />
        </Form.Item>
        <Form.Item label={t('register.holder')}>
          <Radio.Group
            value={holder}
            onChange={(event) => setHolder(event.target.value as Holder)}
            options={(['contractor', 'property'] as const).map((value) => ({ value, label: t(`holder.${value}`) }))}
          />
        </Form.Item>
        <Form.Item>
          {mode === 'unit' ? (
            <Button
              type="primary"
              disabled={!unit || nothing}
              loading={registerUnit.isPending}
              onClick={() => unit && registerUnit.mutate(unit)}
              data-testid="register-submit"
            >
              {t('register.submit')}
            </Button>
          ) : (
            <Button
              type="primary"
              disabled={!building.trim() || nothing}
              loading={registerBuilding.isPending}
              onClick={() => registerBuilding.mutate(building.trim())}
              data-testid="register-submit"
            >
              {t('register.submitBuilding', { building: building.trim() || '…' })}
            </Button>
          )}
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {nothing ? t('register.nothing') : t('register.labels', { example })}
      </Typography.Paragraph>
      {mode === 'unit' && registerUnit.isError && <ApiErrorAlert error={registerUnit.error} />}
      {mode === 'building' && registerBuilding.isError && <ApiErrorAlert error={registerBuilding.error} />}
      {mode === 'building' && buildingResult && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="register-building-result">
          {buildingResult.units + buildingResult.refused.length === 0 ? (
            <Alert type="warning" showIcon title={t('register.noUnits', { building: buildingResult.building })} />
          ) : (
            buildingResult.units > 0 && (
              <Alert
                type="success"
                showIcon
                title={t('register.registeredBuilding', {
                  building: buildingResult.building,
                  units: buildingResult.units,
                  count: buildingResult.registered,
                })}
              />
            )
          )}
          {buildingResult.refused.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('register.refusedUnits', { count: buildingResult.refused.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {buildingResult.refused.map(({ address, error }) => (
                    <li key={address}>
                      {address}：{refusalText(error, language).sentence}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </Space>
      )}
    </div>
  );
}
