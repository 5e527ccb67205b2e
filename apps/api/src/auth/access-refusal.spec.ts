import { HttpStatus } from '@nestjs/common';
import { decideAccess } from '@handover/domain';
import { ApiError } from '../common/api-error';
import { assertAllowed, callerParams, type Refusal } from './access-refusal';

describe('assertAllowed', () => {
  const refused = (): Refusal => ({ code: 'COMPLAINTS_FORBIDDEN', params: { role: 'hq' } });

  const thrown = (act: () => void): ApiError => {
    try {
      act();
    } catch (error) {
      return error as ApiError;
    }
    throw new Error('nothing was thrown');
  };

  it('passes an allowed decision', () => {
    expect(() => assertAllowed({ allowed: true }, refused)).not.toThrow();
  });

  it('answers out of scope as not found, with the given code', () => {
    const decision = decideAccess({ role: 'project_lead', department: null, relation: 'none' }, 'complaint', 'update');
    const error = thrown(() =>
      assertAllowed(decision, refused, { code: 'PROJECT_NOT_FOUND', params: { projectId: 'p' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect([error.getStatus(), error.code, error.params]).toEqual([
      HttpStatus.NOT_FOUND,
      'PROJECT_NOT_FOUND',
      { projectId: 'p' },
    ]);
  });

  it('answers a role or department refusal as forbidden, with the code the caller names', () => {
    const decision = decideAccess({ role: 'hq', department: null, relation: 'none' }, 'complaint', 'update');
    const error = thrown(() => assertAllowed(decision, refused));
    expect([error.getStatus(), error.code, error.params]).toEqual([
      HttpStatus.FORBIDDEN,
      'COMPLAINTS_FORBIDDEN',
      { role: 'hq' },
    ]);
  });
});

describe('callerParams', () => {
  it('names a head by its department and anyone else by the role', () => {
    expect(callerParams({ id: 'u', name: 'x', role: 'department_head', department: 'finance' })).toEqual({
      role: 'department_head',
      department: 'finance',
    });
    expect(callerParams({ id: 'u', name: 'x', role: 'hq', department: null })).toEqual({ role: 'hq' });
  });
});
