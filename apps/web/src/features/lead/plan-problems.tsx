import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';

type Problem = components['schemas']['PlanProblemDto'];

/** Why a plan cannot run as the guide requires, in the server's words; nothing when the plan is fine. */
export function PlanProblems({ problems, title }: { problems: Problem[]; title: string }) {
  const { t } = useTranslation('lead');
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="plan-problems"
      title={title}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {problems.map((problem) => (
            <li key={`${problem.code}-${problem.message}`} data-code={problem.code}>
              {problem.message}{' '}
              <Tag color={problem.waivable ? 'orange' : 'red'}>
                {t(problem.waivable ? 'launch.waivable' : 'launch.notWaivable')}
              </Tag>
            </li>
          ))}
        </ul>
      }
    />
  );
}
