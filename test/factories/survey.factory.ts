import { SurveyAnswerEntity, SurveyDimensionEntity, SurveyResponseEntity } from '@handover/database';
import { managerOf, sequence, type Db } from './db';
import { leadOf } from './project.factory';

export interface SurveyDimensionFixture {
  projectId: string;
  name: string;
  /** after every dimension inserted before in this test file when not given */
  position?: number;
}

/** A dimension (维度) of a project's satisfaction survey. */
export async function insertSurveyDimension(db: Db, fixture: SurveyDimensionFixture): Promise<SurveyDimensionEntity> {
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(SurveyDimensionEntity, {
    projectId: fixture.projectId,
    name: fixture.name,
    position: fixture.position ?? sequence(),
  });
  return manager.findOneByOrFail(SurveyDimensionEntity, { id: identifiers[0].id as string });
}

export interface SurveyAnswerFixture {
  dimensionId: string;
  /** 1–10 each */
  importance: number;
  expectation: number;
  experience: number;
}

export interface SurveyResponseFixture {
  projectId: string;
  unitId: string;
  answers: SurveyAnswerFixture[];
  comment?: string | null;
  /** the project's lead when not given */
  recordedBy?: string;
}

/** One owner's response with its answers (one per dimension given). */
export async function insertSurveyResponse(db: Db, fixture: SurveyResponseFixture): Promise<SurveyResponseEntity> {
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(SurveyResponseEntity, {
    projectId: fixture.projectId,
    unitId: fixture.unitId,
    comment: fixture.comment ?? null,
    recordedBy: fixture.recordedBy ?? (await leadOf(db, fixture.projectId)),
  });
  const responseId = identifiers[0].id as string;
  if (fixture.answers.length > 0) {
    await manager.insert(
      SurveyAnswerEntity,
      fixture.answers.map((answer) => ({ ...answer, responseId, projectId: fixture.projectId })),
    );
  }
  return manager.findOneByOrFail(SurveyResponseEntity, { id: responseId });
}
