import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Segmented, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { awaitsDecision, groupBoard, type BoardCard, type BoardFilter } from './board/group-board';
import './board/board.css';

const FILTERS: BoardFilter[] = ['all', 'attention', 'atRisk', 'escalated', 'decision'];

/** 项目看板: every project by phase, at-risk and escalated first, from one request (GET /hq/board). */
export function BoardPage() {
  const { t } = useTranslation('hq');
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((value) => value === params.get('show')) ?? 'all';
  const board = useQuery({ queryKey: ['hq', 'board'], queryFn: () => call(api.GET('/hq/board')) });

  function show(value: BoardFilter) {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('show');
    else next.set('show', value);
    setParams(next, { replace: true });
  }

  return (
    <>
      <Typography.Title level={3}>{t('board.title')}</Typography.Title>
      <QueryView query={board} rows={8}>
        {(data) => {
          const columns = groupBoard(data.items, filter);
          return (
            <>
              <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
                <Space wrap size={4} data-testid="board-counts">
                  <Tag>{t('board.counts.total', { count: data.counts.total })}</Tag>
                  <Tag color="red">{t('board.counts.atRisk', { count: data.counts.atRisk })}</Tag>
                  <Tag color="orange">{t('board.counts.escalated', { count: data.counts.escalated })}</Tag>
                  <Tag color="purple">
                    {t('board.counts.awaitingDecision', { count: data.counts.awaitingDecision })}
                  </Tag>
                </Space>
                <Segmented<BoardFilter>
                  value={filter}
                  onChange={show}
                  options={FILTERS.map((value) => ({ value, label: t(`board.filter.${value}`) }))}
                  data-testid="board-filter"
                />
              </Flex>
              {columns.length === 0 ? (
                <Empty description={t('board.empty')} />
              ) : (
                columns.map((column) => <PhaseSection key={column.phase} {...column} />)
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function PhaseSection({ phase, cards, atRisk, escalated }: ReturnType<typeof groupBoard>[number]) {
  const { t } = useTranslation('hq');
  const { t: common } = useTranslation('common');
  return (
    <section className="board-phase" data-testid="board-phase" data-phase={phase}>
      <Typography.Title level={5} className="board-phase-title">
        {phase === 'none' ? t('board.noPhase') : common(`phase.${phase}`, { defaultValue: phase })}
        <Typography.Text type="secondary"> · {cards.length}</Typography.Text>
        {atRisk > 0 && (
          <Typography.Text type="danger"> · {t('board.counts.atRisk', { count: atRisk })}</Typography.Text>
        )}
        {escalated > 0 && (
          <Typography.Text type="warning"> · {t('board.counts.escalated', { count: escalated })}</Typography.Text>
        )}
      </Typography.Title>
      <div className="board-grid">
        {cards.map((card) => (
          <ProjectCard key={card.id} card={card} />
        ))}
      </div>
    </section>
  );
}

/** A plain link, no heavy components: the board must settle quickly with hundreds of projects. */
function ProjectCard({ card }: { card: BoardCard }) {
  const { t } = useTranslation('hq');
  const flagged = card.atRisk ? ' board-card-at-risk' : card.openEscalations > 0 ? ' board-card-escalated' : '';
  return (
    <Link
      to={`/projects/${card.id}`}
      className={`board-card${flagged}`}
      data-testid="board-card"
      data-project-id={card.id}
    >
      <span className="board-card-name">
        {card.name} · {card.batch}
      </span>
      <span className="board-card-city">{card.cityCompany}</span>
      <span className="board-card-dates">
        D {card.firstHandoverDate} · <b>{card.day}</b>
      </span>
      <span className="board-card-flags">
        {card.atRisk && (
          <span className="board-flag board-flag-risk" data-testid="card-at-risk">
            <WarningOutlined /> {t('board.atRisk')}
          </span>
        )}
        {card.openEscalations > 0 && (
          <span className="board-flag board-flag-escalated" data-testid="card-escalations">
            {t('board.openEscalations', { count: card.openEscalations })}
          </span>
        )}
        {awaitsDecision(card) && <span className="board-flag board-flag-decision">{t('board.awaitingDecision')}</span>}
      </span>
    </Link>
  );
}
