/**
 * Start-up shared by the owner benchmarks (bench/owners.bench.ts, bench/owner-pdf.bench.ts): the product as
 * `npm start` runs it (scripts/lib/product-stack: throwaway data folder, free ports), a JSON client of its API, the
 * project team, and a project whose units (3,000 by default, 300 a building) each have their own owner phone.
 */
import { randomUUID } from 'node:crypto';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { servicePid } from './process-memory';

export interface ProductStack {
  baseUrl: string;
  dataDir: string;
  logFile: string;
  adminToken: string;
  databaseUrl: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const productStack = require('../../scripts/lib/product-stack') as {
  startProductStack(options: { label: string; env?: Record<string, string> }): Promise<ProductStack>;
};
export const startProductStack = productStack.startProductStack;

/** Untyped JSON from the API under test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type Api = (method: string, route: string, token: string, body?: unknown, contentType?: string) => Promise<Json>;

/** A client of the API at `baseUrl` that throws on any answer that is not 2xx. */
export function apiClient(baseUrl: string): Api {
  return async (method, route, token, body, contentType = 'application/json') => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as Json;
  };
}

/** Owners' numbers: 137 followed by eight digits, distinct per unit. */
export const phoneOf = (i: number) => `137${String(10_000_000 + i).slice(-8)}`;

/**
 * The import CSV of `count` units, `perBuilding` to a building ('1#', '2#', …), 100 to a 单元 and 4 to a floor, each
 * with its owner phone {@link phoneOf}.
 */
export function unitCsv(count: number, perBuilding = 300): string {
  const rows = ['building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut'];
  for (let i = 0; i < count; i += 1) {
    const contracted = 8000 + (i % 4000);
    const room = `${1 + Math.floor((i % 100) / 4)}0${1 + (i % 4)}`;
    const unitNo = 1 + Math.floor((i % perBuilding) / 100);
    rows.push(
      `${1 + Math.floor(i / perBuilding)}#,${unitNo},${room},业主${i},${phoneOf(i)},${(contracted / 100).toFixed(2)},${((contracted + ((i % 7) - 3) * 37) / 100).toFixed(2)},25000.00,${i % 2 ? 'fitted' : 'shell'}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

export interface ProjectTeam {
  lead: { id: string; token: string };
  departmentHeadIds: string[];
}

/** A project lead and the finance, property and engineering heads, created by the admin. */
export async function createTeam(api: Api, adminToken: string, label: string): Promise<ProjectTeam> {
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', adminToken, { name, role, department });
  const lead = await user(`${label} lead`, 'project_lead');
  const heads = [
    await user(`${label} finance`, 'department_head', 'finance'),
    await user(`${label} property`, 'department_head', 'property'),
    await user(`${label} engineering`, 'department_head', 'engineering'),
  ];
  return { lead, departmentHeadIds: heads.map((head: { id: string }) => head.id) };
}

/** A project 60 days before its first handover day, with `count` units imported through the API. */
export async function createProjectWithUnits(
  api: Api,
  team: ProjectTeam,
  options: { label: string; count: number; perBuilding?: number },
): Promise<{ id: string; name: string }> {
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const project = await api('POST', '/projects', team.lead.token, {
    cityCompany: 'bench',
    name: `${options.label}-${randomUUID().slice(0, 8)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 60),
    centralizedDays: 3,
    departmentHeadIds: team.departmentHeadIds,
  });
  await api(
    'POST',
    `/projects/${project.id}/units/import`,
    team.lead.token,
    unitCsv(options.count, options.perBuilding),
    'text/csv',
  );
  return project;
}

/** The pid of the stack's API process (scripts/start.js records its services' pids in launcher.json). */
export function apiProcessPid(stack: ProductStack): number {
  return servicePid(stack.dataDir, 'apps/api/src/main.js');
}
