import { renderErrorMessage } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { assertMayRecord } from './field-access';

const project = { leadUserId: 'lead-1' };
const user = (
  role: AuthenticatedUser['role'],
  department: AuthenticatedUser['department'] = null,
  id = 'u',
): AuthenticatedUser => ({
  id,
  name: 'x',
  role,
  department,
});
const FEES = { en: 'Fees paid', zh: '缴费' };
const CHECK_IN = { en: 'Check-in', zh: '签到' };
const LOAN = { en: 'A key loan', zh: '钥匙借用' };

/** The refusal's sentence in `language`, as the API answers it. */
function refusal(check: () => void, language: 'en' | 'zh-CN' = 'en'): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const { code, params } = error as ApiError;
    expect(code).toBe('FIELD_RECORD_FORBIDDEN');
    expect((error as ApiError).getStatus()).toBe(403);
    return renderErrorMessage(code, params, language);
  }
  throw new Error('not refused');
}

describe('assertMayRecord', () => {
  it("lets the project's lead record anything", () => {
    expect(() => assertMayRecord(user('project_lead', null, 'lead-1'), project, ['finance'], FEES)).not.toThrow();
  });

  it('lets a head of a listed department, or of any department when any is allowed', () => {
    expect(() => assertMayRecord(user('department_head', 'finance'), project, ['finance'], FEES)).not.toThrow();
    expect(() => assertMayRecord(user('department_head', 'sales'), project, 'any department', CHECK_IN)).not.toThrow();
  });

  it('refuses other departments, other leads, HQ and admins with a message naming who may', () => {
    expect(refusal(() => assertMayRecord(user('department_head', 'sales'), project, ['finance'], FEES))).toBe(
      'Fees paid is recorded by the project lead or the finance department head; you are the sales department head.',
    );
    expect(refusal(() => assertMayRecord(user('department_head', 'sales'), project, ['finance'], FEES), 'zh-CN')).toBe(
      '「缴费」须由项目负责人或财务负责人登记；您是营销负责人。',
    );
    expect(refusal(() => assertMayRecord(user('project_lead', null, 'lead-2'), project, ['property'], LOAN))).toMatch(
      /a project lead of another project/,
    );
    expect(refusal(() => assertMayRecord(user('hq'), project, 'any department', CHECK_IN))).toMatch(
      /HQ \(read-only here\)/,
    );
    expect(refusal(() => assertMayRecord(user('admin'), project, ['property'], LOAN))).toMatch(/an admin/);
  });
});
