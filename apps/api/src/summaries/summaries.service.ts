import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SummaryNarrative } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectAccessService } from '../projects/project-access.service';
import { HandoverSummaryDto, type SummaryNarrativeDto } from './dto/summary.dto';
import { SummariesRepository } from './summaries.repository';
import { SummaryCompiler } from '@handover/database';

const NARRATIVE_LABELS: Record<keyof SummaryNarrative, string> = {
  lessonsLearned: 'lessons learned (经验教训)',
  focusPoints: 'focus points (关注重点)',
  recommendations: 'recommendations (建议)',
};

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
      if (result.outcome === 'no_project') throw new NotFoundException(`No project ${projectId}.`);
      if (result.outcome === 'frozen') {
        const status = (await this.summaries.find(projectId, manager))?.status ?? result.status;
        throw new ConflictException(
          `The summary is ${status}; its figures are frozen while HQ reviews it and after acceptance.`,
        );
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
    if (!stored)
      throw new NotFoundException('The handover summary of this project has not been compiled yet; compile it first.');
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
    await this.requireLead(user, projectId, 'update', 'edits the summary narrative');
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.summaries.find(projectId, manager, true);
      if (!stored)
        throw new NotFoundException(
          'The handover summary of this project has not been compiled yet; compile it first.',
        );
      const { summary, milestoneStatus, status } = stored;
      if (status === 'accepted')
        throw new ConflictException('The summary has been accepted by HQ; its narrative can no longer change.');
      if (status === 'submitted' && milestoneStatus !== 'rework') {
        throw new ConflictException(
          'The summary is submitted and HQ is reviewing it; it can be edited again only if HQ sends it back.',
        );
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
    await this.requireLead(user, projectId, 'submit', 'submits the summary');
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.summaries.find(projectId, manager, true);
      if (!stored)
        throw new NotFoundException(
          'The handover summary of this project has not been compiled yet; compile it first.',
        );
      const { summary, status } = stored;
      if (status !== 'draft') throw new ConflictException(`The summary is already ${status}.`);
      const missing = (Object.keys(NARRATIVE_LABELS) as (keyof SummaryNarrative)[]).filter(
        (key) => !summary.narrative[key]?.trim(),
      );
      if (missing.length > 0) {
        throw new ConflictException(
          `Write the ${missing.map((key) => NARRATIVE_LABELS[key]).join(', ')} before submitting the summary.`,
        );
      }
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
  private async requireLead(
    user: AuthenticatedUser,
    projectId: string,
    action: 'update' | 'submit',
    what: string,
  ): Promise<void> {
    await this.access.requireAllowed(
      user,
      projectId,
      'summary',
      action,
      () => `Only the project lead ${what}; you are ${user.role}.`,
    );
  }
}
