import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SummaryNarrative } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { HandoverSummaryDto, type SummaryNarrativeDto } from './dto/summary.dto';
import { SummariesRepository } from './summaries.repository';
import { SummaryCompiler } from '@handover/database';

/** The narrative sections, in the order a refusal lists the missing ones. */
const NARRATIVE_SECTIONS: (keyof SummaryNarrative)[] = ['lessonsLearned', 'focusPoints', 'recommendations'];

const notCompiled = () => new ApiError(HttpStatus.NOT_FOUND, 'SUMMARY_NOT_COMPILED');

/** 交付总结: compiled from the records, completed and submitted by the project lead, accepted by HQ at the phase-9 gate. */
@Injectable()
export class SummariesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: SummariesRepository,
    private readonly compiler: SummaryCompiler,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Recompiles the computed sections (creating the summary if missing); the narrative is kept. */
  async compile(user: AuthenticatedUser, projectId: string): Promise<HandoverSummaryDto> {
    await this.access.requireVisible(user, projectId);
    // The compiler's own transaction takes the per-project lock before its snapshot, so a compilation that waited
    // for another one sees its result and recompiles instead of failing with a serialization error.
    await this.compiler.compileInOwnTransaction(projectId, async (manager, result) => {
      if (result.outcome === 'no_project') throw new ApiError(HttpStatus.NOT_FOUND, 'PROJECT_NOT_FOUND', { projectId });
      if (result.outcome === 'frozen') {
        const status = (await this.summaries.find(projectId, manager))?.status ?? result.status;
        throw new ApiError(HttpStatus.CONFLICT, 'SUMMARY_FROZEN', { status });
      }
      await this.audit.record(
        {
          actor: user,
          action: 'summary.compile',
          entityType: 'handover_summary',
          entityId: projectId,
          projectId,
          after: result,
        },
        manager,
      );
    });
    return this.get(user, projectId);
  }

  async get(user: AuthenticatedUser, projectId: string): Promise<HandoverSummaryDto> {
    await this.access.requireVisible(user, projectId);
    const stored = await this.summaries.find(projectId);
    if (!stored) throw notCompiled();
    return HandoverSummaryDto.from(stored.summary, stored.status, stored.milestoneStatus);
  }

  /**
   * Replaces the narrative. A draft can always be edited; a submitted summary only after HQ sent it back (the
   * summaryAccepted gate is in rework), which makes it a draft again.
   */
  async updateNarrative(
    user: AuthenticatedUser,
    projectId: string,
    body: SummaryNarrativeDto,
  ): Promise<HandoverSummaryDto> {
    await this.requireLead(user, projectId, 'update');
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.summaries.find(projectId, manager, true);
      if (!stored) throw notCompiled();
      const { summary, milestoneStatus, status } = stored;
      if (status === 'accepted') throw new ApiError(HttpStatus.CONFLICT, 'SUMMARY_ACCEPTED');
      if (status === 'submitted' && milestoneStatus !== 'rework') {
        throw new ApiError(HttpStatus.CONFLICT, 'SUMMARY_UNDER_REVIEW');
      }
      const narrative: SummaryNarrative = {
        lessonsLearned: body.lessonsLearned.trim(),
        focusPoints: body.focusPoints.trim(),
        recommendations: body.recommendations.trim(),
      };
      await this.summaries.updateNarrative(projectId, narrative, user.id, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'summary.narrative',
          entityType: 'handover_summary',
          entityId: projectId,
          projectId,
          before: { status, narrative: summary.narrative },
          after: { status: 'draft', narrative },
        },
        manager,
      );
    });
    return this.get(user, projectId);
  }

  /** Submits the draft to HQ; every narrative section must be written. */
  async submit(user: AuthenticatedUser, projectId: string): Promise<HandoverSummaryDto> {
    await this.requireLead(user, projectId, 'submit');
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.summaries.find(projectId, manager, true);
      if (!stored) throw notCompiled();
      const { summary, status } = stored;
      if (status !== 'draft') throw new ApiError(HttpStatus.CONFLICT, 'SUMMARY_NOT_DRAFT', { status });
      const missing = NARRATIVE_SECTIONS.filter((key) => !summary.narrative[key]?.trim());
      if (missing.length > 0)
        throw new ApiError(HttpStatus.CONFLICT, 'SUMMARY_NARRATIVE_MISSING', { sections: missing.join(',') });
      await this.summaries.markSubmitted(projectId, user.id, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'summary.submit',
          entityType: 'handover_summary',
          entityId: projectId,
          projectId,
          before: { status: 'draft' },
          after: { status: 'submitted' },
        },
        manager,
      );
    });
    return this.get(user, projectId);
  }

  /** The access policy: only the project's lead edits and submits the summary. */
  private async requireLead(user: AuthenticatedUser, projectId: string, action: 'update' | 'submit'): Promise<void> {
    await this.access.requireAllowed(user, projectId, 'summary', action, () => ({
      code: 'SUMMARY_LEAD_ONLY',
      params: { action, role: user.role },
    }));
  }
}
