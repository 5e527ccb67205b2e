import { describe, expect, it } from 'vitest';
import { menuFor, selectedMenuPath } from './menu-items';

describe('the role menu', () => {
  it('shows a department head the inbox, projects, the phone inspection and cases, and nothing of HQ or launching', () => {
    expect(menuFor('department_head').map((entry) => entry.path)).toEqual([
      '/approvals',
      '/projects',
      '/inspect',
      '/cases',
    ]);
  });

  it('shows a contractor its work orders and notifications only', () => {
    expect(menuFor('contractor').map((entry) => entry.path)).toEqual(['/contractor', '/notifications']);
  });

  it('shows HQ the board, escalations and roll-up first', () => {
    expect(
      menuFor('hq')
        .map((entry) => entry.path)
        .slice(0, 3),
    ).toEqual(['/hq/board', '/hq/escalations', '/hq/rollup']);
  });

  it('lets a project lead launch but not see the HQ screens', () => {
    const paths = menuFor('project_lead').map((entry) => entry.path);
    expect(paths).toContain('/projects/new');
    expect(paths.some((path) => path.startsWith('/hq'))).toBe(false);
  });

  it('selects the most specific entry for a path', () => {
    const entries = menuFor('project_lead');
    expect(selectedMenuPath('/projects/new', entries)).toBe('/projects/new');
    expect(selectedMenuPath('/projects/5d8e/units', entries)).toBe('/projects');
    expect(selectedMenuPath('/projectsx', entries)).toBeUndefined();
  });
});
