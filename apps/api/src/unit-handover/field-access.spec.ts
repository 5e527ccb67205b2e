import { renderErrorMessage, type AccessCaller } from '@handover/domain';
import { ApiError } from '../common/api-error';
import { assertMayRecord } from './field-access';

const lead: AccessCaller = { role: 'project_lead', department: null, relation: 'lead' };
const head = (department: NonNullable<AccessCaller['department']>): AccessCaller => ({
  role: 'department_head',
  department,
  relation: 'assigned',
});
const hq: AccessCaller = { role: 'hq', department: null, relation: 'none' };
const admin: AccessCaller = { role: 'admin', department: null, relation: 'none' };
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
  it("lets the project's lead record every field record", () => {
    for (const kind of ['handover_step', 'payment', 'key'] as const)
      expect(() => assertMayRecord(lead, kind, FEES)).not.toThrow();
  });

  it('lets the finance head record payments, the property head keys, any assigned head the on-site steps', () => {
    expect(() => assertMayRecord(head('finance'), 'payment', FEES)).not.toThrow();
    expect(() => assertMayRecord(head('property'), 'key', LOAN)).not.toThrow();
    expect(() => assertMayRecord(head('sales'), 'handover_step', CHECK_IN)).not.toThrow();
  });

  it('refuses other departments, HQ and admins with a message naming who may', () => {
    expect(refusal(() => assertMayRecord(head('sales'), 'payment', FEES))).toBe(
      'Fees paid is recorded by the project lead or the finance department head; you are the sales department head.',
    );
    expect(refusal(() => assertMayRecord(head('sales'), 'payment', FEES), 'zh-CN')).toBe(
      '「缴费」须由项目负责人或财务负责人登记；您是营销负责人。',
    );
    expect(refusal(() => assertMayRecord(head('finance'), 'key', LOAN))).toBe(
      'A key loan is recorded by the project lead or the property department head; you are the finance department head.',
    );
    expect(refusal(() => assertMayRecord(hq, 'handover_step', CHECK_IN))).toBe(
      'Check-in is recorded by the project lead or a department head assigned to the project; you are HQ (read-only here).',
    );
    expect(refusal(() => assertMayRecord(admin, 'key', LOAN))).toMatch(/an admin/);
  });

  it('refuses a lead or head whom the scope check did not place in the project', () => {
    expect(refusal(() => assertMayRecord({ ...lead, relation: 'none' }, 'key', LOAN))).toMatch(
      /a project lead of another project/,
    );
    expect(() => assertMayRecord({ ...head('sales'), relation: 'none' }, 'handover_step', CHECK_IN)).toThrow(ApiError);
  });
});
