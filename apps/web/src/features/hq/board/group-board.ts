import type { components } from '../../../api/schema';
import { PHASE_KEYS } from '../../../shared/phases';

export type BoardCard = components['schemas']['BoardProjectDto'];

/** The phases in timeline order; a project without a phase yet (launching) goes first. */
export const BOARD_PHASES = ['none', ...PHASE_KEYS, 'completed'] as const;

export interface BoardColumn {
  phase: string;
  cards: BoardCard[];
  atRisk: number;
  escalated: number;
}

export type BoardFilter = 'all' | 'attention' | 'atRisk' | 'escalated' | 'decision';

/** Needs HQ now: an at-risk date, an open escalation, or a decision waiting. */
export function needsAttention(card: BoardCard): boolean {
  return card.atRisk || card.openEscalations > 0 || awaitsDecision(card);
}

export function awaitsDecision(card: BoardCard): boolean {
  return card.atRiskDecisionPending || card.pendingPostponements > 0;
}

const FILTERS: Record<BoardFilter, (card: BoardCard) => boolean> = {
  all: () => true,
  attention: needsAttention,
  atRisk: (card) => card.atRisk,
  escalated: (card) => card.openEscalations > 0,
  decision: awaitsDecision,
};

/** At-risk first, then by open escalations (most first), then the nearest D, then the name. */
export function compareCards(a: BoardCard, b: BoardCard): number {
  return (
    Number(b.atRisk) - Number(a.atRisk) ||
    b.openEscalations - a.openEscalations ||
    a.firstHandoverDate.localeCompare(b.firstHandoverDate) ||
    a.name.localeCompare(b.name) ||
    a.batch.localeCompare(b.batch)
  );
}

/**
 * One column per phase that has projects, in timeline order (unknown phases after the known ones); columns holding
 * at-risk or escalated projects keep their timeline place, the cards inside are sorted at-risk first.
 */
export function groupBoard(cards: BoardCard[], filter: BoardFilter = 'all'): BoardColumn[] {
  const byPhase = new Map<string, BoardCard[]>();
  for (const card of cards.filter(FILTERS[filter])) {
    const phase = card.currentPhase ?? 'none';
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), card]);
  }
  const known: string[] = [...BOARD_PHASES];
  const order = [...known, ...[...byPhase.keys()].filter((phase) => !known.includes(phase)).sort()];
  return order
    .filter((phase) => byPhase.has(phase))
    .map((phase) => {
      const phaseCards = byPhase.get(phase)!.sort(compareCards);
      return {
        phase,
        cards: phaseCards,
        atRisk: phaseCards.filter((card) => card.atRisk).length,
        escalated: phaseCards.filter((card) => card.openEscalations > 0).length,
      };
    });
}
