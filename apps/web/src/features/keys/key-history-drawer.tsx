import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { CUSTODY_COLOURS, ledgerKeys, type KeyMovement } from './key-queries';

/** What a movement was, as a person says it: a `transfer` to the owner is the hand-over at the unit's handover. */
type MoveWord = KeyMovement['kind'] | 'hand_over';

export function moveWord(movement: Pick<KeyMovement, 'kind' | 'toHolder'>): MoveWord {
  return movement.kind === 'transfer' && movement.toHolder === 'owner' ? 'hand_over' : movement.kind;
}

const MOVE_COLOURS: Record<MoveWord, string> = {
  transfer: 'blue',
  hand_over: 'green',
  loan: 'orange',
  return: 'blue',
  entrustment: 'purple',
  entrustment_return: 'green',
};

/** A loan's state beyond its dates: back after its due time, or still out past it. */
function loanLateness(movement: KeyMovement, now: number): 'late' | 'overdue' | null {
  if (movement.kind !== 'loan' || !movement.dueBackAt) return null;
  const due = new Date(movement.dueBackAt).getTime();
  if (movement.returnedAt) return new Date(movement.returnedAt).getTime() > due ? 'late' : null;
  return now > due ? 'overdue' : null;
}

function MovementEntry({
  movement,
  time,
  now,
}: {
  movement: KeyMovement;
  time: (iso: string | null | undefined) => string;
  now: number;
}) {
  const { t } = useTranslation('keys');
  const word = moveWord(movement);
  const lateness = loanLateness(movement, now);
  return (
    <div data-testid="key-history-entry" data-kind={word}>
      <Space wrap size={8}>
        <Typography.Text strong>{t(`history.move.${word}`)}</Typography.Text>
        <Typography.Text type="secondary">{time(movement.at)}</Typography.Text>
        {lateness && <Tag color="red">{t(`history.${lateness}`)}</Tag>}
      </Space>
      <div>
        {t('history.fromTo', { from: t(`holder.${movement.fromHolder}`), to: t(`holder.${movement.toHolder}`) })}
      </div>
      {movement.borrower && <div>{t('history.borrower', { borrower: movement.borrower })}</div>}
      {movement.kind === 'loan' && movement.dueBackAt && (
        <div>{t('history.dueBack', { due: time(movement.dueBackAt) })}</div>
      )}
      {movement.letterNo && <div>{t('history.letterNo', { letterNo: movement.letterNo })}</div>}
      {movement.note && (
        <Typography.Text type="secondary">{t('history.note', { note: movement.note })}</Typography.Text>
      )}
    </div>
  );
}

/**
 * 钥匙履历: one key (GET …/keys/{keyId}) with where it stands now — holder, open loan, open entrustment letter — and
 * every recorded movement (transfer, hand-over, loan and return, entrustment and give-back) oldest first, the times in
 * the project's zone.
 */
export function KeyHistoryDrawer({
  projectId,
  keyId,
  timeZone,
  onClose,
}: {
  projectId: string;
  keyId: string;
  timeZone?: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('keys');
  const detail = useQuery({
    queryKey: ledgerKeys.detail(projectId, keyId),
    queryFn: () => call(api.GET('/projects/{id}/keys/{keyId}', { params: { path: { id: projectId, keyId } } })),
  });
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
  const time = (iso: string | null | undefined) => formatDateTime(iso, timeZone, locale);
  const now = Date.now();
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={detail.data ? t('history.titleOf', { label: detail.data.label }) : t('history.title')}
      data-testid="key-history"
    >
      <QueryView query={detail}>
        {(key) => (
          <>
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 24 }}>
              <Descriptions.Item label={t('ledger.label')}>{key.label}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.kind')}>{t(`kind.${key.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.custody')}>
                <Tag color={CUSTODY_COLOURS[key.custody]} data-testid="key-history-custody">
                  {t(`custody.${key.custody}`)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('history.holder')}>{t(`holder.${key.holder}`)}</Descriptions.Item>
              <Descriptions.Item label={t('history.unit')}>
                {key.unitId ? (
                  <Link to={`/projects/${projectId}/units/${key.unitId}`} data-testid="key-history-unit">
                    {t('history.openUnit')}
                  </Link>
                ) : (
                  t('ledger.publicRoom')
                )}
              </Descriptions.Item>
              {key.loan && (
                <Descriptions.Item label={t('history.openLoan')}>
                  <span data-testid="key-history-loan">
                    {t('history.openLoanValue', {
                      borrower: key.loan.borrower,
                      lentAt: time(key.loan.lentAt),
                      due: time(key.loan.dueBackAt),
                    })}
                  </span>
                </Descriptions.Item>
              )}
              {key.entrustment && (
                <Descriptions.Item label={t('history.openEntrustment')}>
                  <span data-testid="key-history-entrustment">
                    {t('history.openEntrustmentValue', {
                      letterNo: key.entrustment.letterNo,
                      at: time(key.entrustment.entrustedAt),
                    })}
                  </span>
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={5}>{t('history.movements')}</Typography.Title>
            {key.movements.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('history.empty')}
                data-testid="key-history-empty"
              />
            ) : (
              <Timeline
                items={key.movements.map((movement) => ({
                  key: movement.id,
                  color: MOVE_COLOURS[moveWord(movement)],
                  content: <MovementEntry movement={movement} time={time} now={now} />,
                }))}
              />
            )}
          </>
        )}
      </QueryView>
    </Drawer>
  );
}
