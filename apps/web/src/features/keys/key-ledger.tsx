import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { allowedKeyActions, type KeyAction } from '@handover/domain';
import { api, call } from '../../api/client';
import type { operations } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { KeyActionModal, type KeyFormAction } from './key-action-modal';
import { KeyHistoryDrawer } from './key-history-drawer';
import { CUSTODY_COLOURS, HOLDERS, KEY_KINDS, ledgerKeys, type Key, type KeyHolder, type KeyKind } from './key-queries';
import { UnitPicker } from './unit-picker';

type KeyQuery = NonNullable<operations['KeysController_list']['parameters']['query']>;
type Filters = { holder?: string; kind?: string; unitId?: string };

/** What a row offers: the custody machine's allowed moves; the hand-over to the owner belongs to the unit handover. */
export function rowActions(key: Pick<Key, 'custody'>): KeyAction[] {
  return allowedKeyActions(key.custody).filter((action) => action !== 'hand_over');
}

const pick = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * 钥匙清单: the project's keys, filtered and paginated by the API (holder, kind, unit in the URL), each with where it
 * stands — with the property company, lent out (to whom, due when) or entrusted (under which letter) — and only the
 * moves the custody machine allows it. Keys still with the contractor can be selected and transferred in one go.
 * A key's tag opens its history in a drawer (`?key=<id>`, so a link opens it).
 */
export function KeyLedger({
  projectId,
  timeZone,
  writable,
}: {
  projectId: string;
  timeZone?: string;
  writable: boolean;
}) {
  const { t, i18n } = useTranslation('keys');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { page, pageSize, filters, update } = usePageParams<Filters>(['holder', 'kind', 'unitId']);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<{ key: Key; action: KeyFormAction } | null>(null);
  const [params, setParams] = useSearchParams();
  const historyOf = params.get('key');
  const withHistoryOf = (keyId: string | null): string => {
    const next = new URLSearchParams(params);
    if (keyId) next.set('key', keyId);
    else next.delete('key');
    return next.toString();
  };
  const query: KeyQuery = {
    page,
    pageSize,
    holder: pick<KeyHolder>(HOLDERS, filters.holder),
    kind: pick<KeyKind>(KEY_KINDS, filters.kind),
    unitId: filters.unitId,
  };
  const keys = useQuery({
    queryKey: ledgerKeys.list(projectId, query),
    queryFn: () => call(api.GET('/projects/{id}/keys', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const transfer = useMutation({
    mutationFn: (keyIds: string[]) =>
      call(api.POST('/projects/{id}/keys/transfer', { params: { path: { id: projectId } }, body: { keyIds } })),
    onSuccess: (result) => {
      void message.success(t('ledger.transferred', { count: result.keys.length }));
      setSelected([]);
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.all(projectId) });
    },
  });
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-CN';

  function act(key: Key, action: KeyAction) {
    if (action === 'transfer') transfer.mutate([key.id]);
    else if (action !== 'hand_over') setOpen({ key, action });
  }

  return (
    <div data-testid="key-ledger">
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('ledger.allHolders')}
            value={query.holder}
            onChange={(value?: string) => update({ filters: { holder: value } })}
            options={HOLDERS.map((value) => ({ value, label: t(`holder.${value}`) }))}
            data-testid="filter-holder"
          />
        </Col>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('ledger.allKinds')}
            value={query.kind}
            onChange={(value?: string) => update({ filters: { kind: value } })}
            options={KEY_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            data-testid="filter-kind"
          />
        </Col>
        <Col xs={24} md={12}>
          <UnitPicker
            projectId={projectId}
            value={filters.unitId}
            onChange={(unit) => update({ filters: { unitId: unit?.id } })}
            placeholder={t('ledger.unitFilter')}
            testId="filter-unit"
            style={{ width: '100%' }}
          />
        </Col>
      </Row>
      {writable && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            disabled={selected.length === 0}
            loading={transfer.isPending}
            onClick={() => transfer.mutate(selected)}
            data-testid="transfer-selected"
          >
            {t('ledger.transferSelected', { count: selected.length })}
          </Button>
        </Space>
      )}
      {transfer.isError && <ApiErrorAlert error={transfer.error} />}
      <QueryView query={keys}>
        {(data) => (
          <Table<Key>
            rowKey="id"
            size="middle"
            dataSource={data.items}
            scroll={{ x: true }}
            locale={{ emptyText: t('ledger.empty') }}
            data-testid="key-table"
            onRow={(key) =>
              ({ 'data-testid': 'key-row', 'data-custody': key.custody, 'data-label': key.label }) as object
            }
            rowSelection={
              writable
                ? {
                    selectedRowKeys: selected,
                    onChange: (keysChosen) => setSelected(keysChosen as string[]),
                    getCheckboxProps: (key) => ({ disabled: key.custody !== 'with_contractor' }),
                  }
                : undefined
            }
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('ledger.total', { total }),
              onChange: (current, size) => update({ page: current, pageSize: size }),
            }}
            columns={[
              {
                title: t('ledger.label'),
                key: 'label',
                render: (_, key) => (
                  <Link to={{ search: withHistoryOf(key.id) }} replace data-testid="key-open-history">
                    {key.label}
                  </Link>
                ),
              },
              { title: t('ledger.kind'), key: 'kind', render: (_, key) => t(`kind.${key.kind}`) },
              {
                title: t('ledger.custody'),
                key: 'custody',
                render: (_, key) => (
                  <Tag color={CUSTODY_COLOURS[key.custody]} data-testid="key-custody">
                    {t(`custody.${key.custody}`)}
                  </Tag>
                ),
              },
              {
                title: t('ledger.detail'),
                key: 'detail',
                render: (_, key) => (
                  <Space orientation="vertical" size={0}>
                    {key.loan && (
                      <Typography.Text>
                        {t('ledger.lentTo', {
                          borrower: key.loan.borrower,
                          due: formatDateTime(key.loan.dueBackAt, timeZone, locale),
                        })}
                      </Typography.Text>
                    )}
                    {key.entrustment && (
                      <Typography.Text>{t('ledger.letter', { letterNo: key.entrustment.letterNo })}</Typography.Text>
                    )}
                    {!key.unitId && <Typography.Text type="secondary">{t('ledger.publicRoom')}</Typography.Text>}
                  </Space>
                ),
              },
              ...(writable
                ? [
                    {
                      title: t('ledger.actions'),
                      key: 'actions',
                      render: (_: unknown, key: Key) => (
                        <Space wrap>
                          {rowActions(key).map((action) => (
                            <Button
                              key={action}
                              size="small"
                              loading={action === 'transfer' && transfer.isPending}
                              onClick={() => act(key, action)}
                              data-testid={`key-action-${action}`}
                            >
                              {t(`action.${action}`)}
                            </Button>
                          ))}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      {open && (
        <KeyActionModal projectId={projectId} keyRow={open.key} action={open.action} onClose={() => setOpen(null)} />
      )}
      {historyOf && (
        <KeyHistoryDrawer
          projectId={projectId}
          keyId={historyOf}
          timeZone={timeZone}
          onClose={() => setParams(withHistoryOf(null), { replace: true })}
        />
      )}
    </div>
  );
}
