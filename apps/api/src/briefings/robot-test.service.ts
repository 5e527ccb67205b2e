import { Injectable } from '@nestjs/common';
import { Environment } from '@handover/config';
import type { StoredWebhook } from './briefings.repository';
import { pushToGroupRobot, WebhookTargetRefusedError } from '../../../worker/src/activities/group-robot-client';
import type { RobotTestOutcomeDto, RobotTestReason } from './dto/briefing.dto';
import { maskWebhookUrl } from './dto/validators';

/**
 * Sends a test message through a project's group robot with the worker's own sender (pushToGroupRobot: the same URL
 * policy, guarded DNS lookup, timeout and reading of the robot's answer as the evening briefing), and says what came of
 * it. A refusal or an unreachable robot is an outcome, not an error of this API.
 */
@Injectable()
export class RobotTestService {
  constructor(private readonly environment: Environment) {}

  async send(webhook: StoredWebhook, title: string, markdown: string): Promise<RobotTestOutcomeDto> {
    const base = { webhookId: webhook.id, kind: webhook.kind, url: maskWebhookUrl(webhook.url) };
    try {
      await pushToGroupRobot(webhook.kind, webhook.url, title, markdown, {
        allowPrivateTargets: this.environment.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      });
      return { ...base, delivered: true, reason: null, errcode: null, detail: null };
    } catch (error) {
      return { ...base, delivered: false, ...robotTestFailure(error) };
    }
  }
}

/** What a failed push means, read from pushToGroupRobot's error (its messages never carry the robot's key). */
export function robotTestFailure(error: unknown): { reason: RobotTestReason; errcode: number | null; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof WebhookTargetRefusedError) return { reason: 'target_refused', errcode: null, detail };
  const refused = /refused the message: errcode (-?\d+)/.exec(detail);
  if (refused) return { reason: 'robot_refused', errcode: Number(refused[1]), detail };
  if (/answered HTTP \d+/.test(detail)) return { reason: 'http_error', errcode: null, detail };
  if (/not JSON/.test(detail)) return { reason: 'bad_answer', errcode: null, detail };
  return { reason: 'unreachable', errcode: null, detail };
}
