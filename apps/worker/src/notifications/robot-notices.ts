import type { BriefingWebhookTarget } from '@handover/database';
import type { WebhookTargetPolicy } from '@handover/domain';
import { pushToGroupRobot } from '../activities/group-robot-client';

/** An outbox event as the project's briefing group robots (快报机器人) are told it: worded for a group, in zh-CN. */
export interface RobotNotice {
  projectId: string;
  title: string;
  body: string;
  /** the console page it concerns, e.g. `/projects/<id>/rectification` */
  link: string;
}

/** The robot's Markdown: the title as a heading, the sentence, and a link to the console page. */
export function robotNoticeMarkdown(notice: RobotNotice, consoleUrl: string): string {
  return `### ${notice.title}\n${notice.body}\n\n[在控制台查看](${consoleUrl}${notice.link})`;
}

export interface RobotNoticeOutcome {
  pushed: number;
  /** the webhooks that could not be told, with why (the URL never: it carries the robot's key) */
  failures: { webhookId: string; reason: string }[];
}

/**
 * Tells each of the project's group robots once, after the event's notifications are stored: a group chat is told
 * at most once (a failed push is reported, not retried — the people named have the notification in the app and on
 * their own channels). Never throws.
 */
export async function pushRobotNotice(
  webhooks: readonly BriefingWebhookTarget[],
  notice: RobotNotice,
  consoleUrl: string,
  policy: WebhookTargetPolicy,
): Promise<RobotNoticeOutcome> {
  const markdown = robotNoticeMarkdown(notice, consoleUrl);
  const outcome: RobotNoticeOutcome = { pushed: 0, failures: [] };
  for (const webhook of webhooks) {
    try {
      await pushToGroupRobot(webhook.kind, webhook.url, notice.title, markdown, policy);
      outcome.pushed += 1;
    } catch (error) {
      outcome.failures.push({ webhookId: webhook.id, reason: (error as Error).message });
    }
  }
  return outcome;
}
