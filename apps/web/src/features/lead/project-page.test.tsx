import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../api/schema';

/** The project page in the whole console (router, session, query client) against a stubbed server. */
type Project = components['schemas']['ProjectDetailDto'];

const PROJECT: Project = {
  id: 'p1',
  cityCompany: '杭州城市公司',
  name: '滨江壹号',
  batch: '一期',
  firstHandoverDate: '2030-03-01',
  centralizedDays: 3,
  timeZone: 'Asia/Shanghai',
  leadUserId: 'u1',
  cityResponsibleUserId: null,
  status: 'active',
  currentPhase: 'rectification',
  atRisk: false,
  workflowId: 'handover-project-p1',
  createdAt: '2029-12-01T00:00:00.000Z',
  timelineSource: 'live',
  planVersion: 1,
  phases: [],
  milestones: [],
  planHistory: [],
  escalations: [],
  postponements: [],
  atRiskDecision: null,
  fieldFacts: {
    undecidedRiskItems: 3,
    openInUnitQualityDefects: 12,
    keysWithContractor: 0,
    unitsTotal: 480,
    unitsHandedOver: 25,
  },
  userNames: {},
};

vi.stubGlobal('fetch', async (input: Request) => {
  const { pathname } = new URL(input.url);
  const body =
    pathname === '/users/me'
      ? { id: 'u1', name: '李项目', role: 'project_lead', department: null }
      : pathname === '/projects/p1'
        ? PROJECT
        : pathname === '/projects/p1/notifications'
          ? { items: [], page: 1, pageSize: 20, total: 0 }
          : undefined;
  return new Response(JSON.stringify(body ?? { statusCode: 404, message: `no ${pathname} in this test` }), {
    status: body ? 200 : 404,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

describe('<ProjectPage> field facts (现场数据)', () => {
  beforeEach(() => {
    session.save(
      `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
    );
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the counts the API took from the records, zero included', async () => {
    window.history.pushState({}, '', '/console/projects/p1');
    render(<App />);
    const fact = (key: string) => screen.findByTestId(`field-fact-${key}`, {}, { timeout: 10_000 });

    expect(await fact('undecidedRiskItems')).toHaveTextContent(/^3$/);
    expect(await fact('openInUnitQualityDefects')).toHaveTextContent(/^12$/);
    expect(await fact('keysWithContractor')).toHaveTextContent(/^0$/);
    expect(await fact('unitsTotal')).toHaveTextContent(/^480$/);
    expect(await fact('unitsHandedOver')).toHaveTextContent(/^25$/);
    expect(screen.getByText('现场数据')).toBeInTheDocument();
    expect(screen.getByText('总包未移交钥匙')).toBeInTheDocument();
    expect(screen.getByText('已交付房源')).toBeInTheDocument();
  }, 20_000);
});
