import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
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

describe('assertMayRecord', () => {
  it("lets the project's lead record anything", () => {
    expect(() =>
      assertMayRecord(user('project_lead', null, 'lead-1'), project, ['finance'], 'Fees paid'),
    ).not.toThrow();
  });

  it('lets a head of a listed department, or of any department when any is allowed', () => {
    expect(() => assertMayRecord(user('department_head', 'finance'), project, ['finance'], 'Fees paid')).not.toThrow();
    expect(() =>
      assertMayRecord(user('department_head', 'sales'), project, 'any department', 'Check-in'),
    ).not.toThrow();
  });

  it('refuses other departments, other leads, HQ and admins with a message naming who may', () => {
    expect(() => assertMayRecord(user('department_head', 'sales'), project, ['finance'], 'Fees paid')).toThrow(
      new ForbiddenException(
        'Fees paid is recorded by the project lead or the finance department head; you are the sales department head.',
      ),
    );
    expect(() => assertMayRecord(user('project_lead', null, 'lead-2'), project, ['property'], 'A key loan')).toThrow(
      /a project lead of another project/,
    );
    expect(() => assertMayRecord(user('hq'), project, 'any department', 'Check-in')).toThrow(/HQ \(read-only here\)/);
    expect(() => assertMayRecord(user('admin'), project, ['property'], 'A key loan')).toThrow(ForbiddenException);
  });
});
