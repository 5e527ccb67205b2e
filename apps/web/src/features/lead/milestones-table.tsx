import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import type { CurrentUser } from '../../auth/roles';
import { formatDateTime } from '../../shared/time';
import { GateDecision } from '../approvals/gate-decision';

type Project = components['schemas']['ProjectDetailDto'];
type Milestone = components['schemas']['MilestoneViewDto'];

const STATUS_COLORS: Record<string, string> = { pending: 'default', open: 'blue', rework: 'orange', closed: 'green' };
const SIGNING_ROLES = ['project_lead', 'department_head', 'hq'];

/** The party a person signs for, as the workflow sees it. */
export function partyOf(user: CurrentUser): string | null {
  if (user.role === 'department_head') return user.department;
  if (user.role === 'project_lead' || user.role === 'hq') return user.role;
  return null;
}

/**
 * Every milestone with its due date, parties, approvals (who, when, in the project's time zone), missing parties and
 * rejections. Open gates get approve/reject buttons for people who sign gates; highlighted where their party still
 * has to sign, but the server decides and its refusal is shown.
 */
export function MilestonesTable({ project }: { project: Project }) {
  const { t, i18n } = useTranslation(['lead', 'common']);
  const user = useCurrentUser();
  const party = partyOf(user);
  const at = (iso: string) => formatDateTime(iso, project.timeZone, i18n.language);
  const who = (userId: string) => project.userNames[userId] ?? userId.slice(0, 8);
  const partyName = (key: string) => t(`common:department.${key}`);

  return (
    <Table<Milestone>
      rowKey="key"
      size="small"
      data-testid="milestones-table"
      scroll={{ x: true }}
      pagination={false}
      dataSource={project.milestones}
      onRow={(milestone) => ({ 'data-testid': `milestone-${milestone.key}` }) as object}
      columns={[
        { title: t('project.milestone'), key: 'name', render: (_, m) => t(`common:milestone.${m.key}`), fixed: 'left' },
        { title: t('project.dueDate'), dataIndex: 'dueDate' },
        {
          title: t('project.status'),
          dataIndex: 'status',
          render: (status: string) => <Tag color={STATUS_COLORS[status]}>{t(`milestoneStatus.${status}`)}</Tag>,
        },
        { title: t('project.parties'), key: 'parties', render: (_, m) => m.parties.map(partyName).join('、') },
        {
          title: t('project.approvals'),
          key: 'approvals',
          render: (_, m) =>
            m.approvals.length === 0 ? (
              t('project.noApprovals')
            ) : (
              <Space direction="vertical" size={0}>
                {m.approvals.map((approval) => (
                  <Typography.Text key={`${approval.party}-${approval.at}`} style={{ fontSize: 12 }}>
                    {partyName(approval.party)} · {who(approval.userId)} · {at(approval.at)}
                    {approval.comment ? ` · ${approval.comment}` : ''}
                  </Typography.Text>
                ))}
              </Space>
            ),
        },
        {
          title: t('project.missing'),
          key: 'missing',
          render: (_, m) =>
            m.status === 'closed' || m.missingParties.length === 0
              ? '—'
              : m.missingParties.map((key) => <Tag key={key}>{partyName(key)}</Tag>),
        },
        {
          title: t('project.rejections'),
          key: 'rejections',
          render: (_, m) =>
            m.rejections.length === 0 ? (
              '—'
            ) : (
              <Space direction="vertical" size={0}>
                {m.rejections.map((rejection) => (
                  <Typography.Text key={`${rejection.party}-${rejection.at}`} type="danger" style={{ fontSize: 12 }}>
                    {partyName(rejection.party)} · {who(rejection.userId)} · {at(rejection.at)} · {rejection.reason}
                  </Typography.Text>
                ))}
              </Space>
            ),
        },
        {
          title: t('project.actions'),
          key: 'actions',
          render: (_, m) =>
            SIGNING_ROLES.includes(user.role) && (m.status === 'open' || m.status === 'rework') ? (
              <GateDecision
                projectId={project.id}
                milestone={m.key}
                primary={party !== null && m.missingParties.includes(party)}
              />
            ) : null,
        },
      ]}
    />
  );
}
