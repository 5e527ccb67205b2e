import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { decideAccess } from '@handover/domain';
import { assertAllowed, callerLabel } from './access-refusal';

describe('assertAllowed', () => {
  const refused = () => 'Complaints are handled by the project lead or the assigned customer service head; you are hq.';

  it('passes an allowed decision', () => {
    expect(() => assertAllowed({ allowed: true }, refused)).not.toThrow();
  });

  it('answers out of scope as not found, with the given sentence', () => {
    const decision = decideAccess({ role: 'project_lead', department: null, relation: 'none' }, 'complaint', 'update');
    expect(() => assertAllowed(decision, refused, 'No project p.')).toThrow(new NotFoundException('No project p.'));
  });

  it('answers a role or department refusal as forbidden, with the sentence the caller writes', () => {
    const decision = decideAccess({ role: 'hq', department: null, relation: 'none' }, 'complaint', 'update');
    expect(() => assertAllowed(decision, refused)).toThrow(new ForbiddenException(refused()));
  });
});

describe('callerLabel', () => {
  it('names a head by its department and anyone else by the role', () => {
    expect(callerLabel({ id: 'u', name: 'x', role: 'department_head', department: 'finance' })).toBe(
      'the finance head',
    );
    expect(callerLabel({ id: 'u', name: 'x', role: 'hq', department: null })).toBe('hq');
  });
});
